package org.echotrace.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Looking for a name without lower-casing the text answers as looking in the lower-cased text does. */
class TestNamedInText {

    @Test
    void answersAsTheLowerCasedTextOnTheSeedArticles() throws IOException {
        int named = 0;
        try (Stream<Path> files = Files.list(Path.of("..", "examples", "mko-relocation-2023"))) {
            for (Path f : files.sorted().toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                for (String variant : List.of(text, text.toUpperCase(Locale.ROOT), alternatingCase(text))) {
                    for (String name : names(text)) {
                        boolean expected = NamedInText.names(variant.toLowerCase(Locale.ROOT), name);
                        assertEquals(expected, NamedInText.namesIgnoringCase(variant, name), f + ": " + name);
                        named += expected ? 1 : 0;
                    }
                }
            }
        }
        assertTrue(named > 100, "too few names found to tell: " + named);
    }

    @Test
    void charsThatLowerApartGiveTheLowerCasedTextsAnswer() {
        // the dotted capital I lowers to two chars: "i" and a combining dot, so "istanbul" is not in it
        assertNoDifference("Reported by İSTANBUL TIMES today.", "Istanbul Times");
        assertFalse(NamedInText.namesIgnoringCase("Reported by İSTANBUL TIMES today.", "Istanbul Times"));
        assertTrue(NamedInText.namesIgnoringCase("Reported by İstanbul Times today.", "İstanbul Times"));
        // the Kelvin sign lowers to an ASCII k
        assertTrue(NamedInText.namesIgnoringCase("Source: \u212AURIER.", "Kurier"));
        assertNoDifference("Source: \u212AURIER.", "Kurier");
        // a capital sigma next to the name, and a letter outside the BMP before it (a surrogate pair)
        assertNoDifference("ΣXqwire said", "Xqwire");
        assertNoDifference("Σ Xqwire said", "Xqwire");
        assertNoDifference("\uD835\uDC00Xqwire said", "Xqwire");
        assertNoDifference("Xqwire\uD835\uDC00 said", "Xqwire");
        // whole words only, at either end of the text too
        assertFalse(NamedInText.namesIgnoringCase("The cAPital said", "AP"));
        assertTrue(NamedInText.namesIgnoringCase("ap", "AP"));
        assertTrue(NamedInText.namesIgnoringCase("Xqwire", "XQWIRE"));
        assertFalse(NamedInText.namesIgnoringCase("Xqwire", "X"));
    }

    private static void assertNoDifference(String text, String name) {
        assertEquals(NamedInText.names(text.toLowerCase(Locale.ROOT), name), NamedInText.namesIgnoringCase(text, name),
                text + ": " + name);
    }

    /** Words and pairs of words of the text, some cut short, in the text's case and others. */
    private static List<String> names(String text) {
        String[] words = text.split("\\s+");
        List<String> names = new ArrayList<>();
        for (int i = 0; i + 1 < words.length; i += 7) {
            names.add(words[i]);
            names.add(words[i] + " " + words[i + 1]);
            names.add(words[i].toUpperCase(Locale.ROOT));
            if (words[i].length() > 3) {
                names.add(words[i].substring(1));
                names.add(words[i].substring(0, words[i].length() - 1));
            }
        }
        return names;
    }

    private static String alternatingCase(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            sb.append(i % 2 == 0 ? Character.toUpperCase(c) : Character.toLowerCase(c));
        }
        return sb.toString();
    }
}
