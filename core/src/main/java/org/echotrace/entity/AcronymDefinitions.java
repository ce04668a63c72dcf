package org.echotrace.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.echotrace.domain.Mention;

/**
 * Acronyms a text defines in parentheses after the long form: "Long Name (LN)", "Long Name (LN / LNO)".
 * The long form is the run of capitalised words (with lower-case joiners such as "of" or "-e-") right
 * before the parenthesis; it must start with the acronym's first letter.
 */
final class AcronymDefinitions {

    /** One definition: the long form and the acronyms given for it. */
    record Definition(Mention longForm, List<String> acronyms) {
    }

    private static final Pattern PARENTHESIS = Pattern.compile("\\(\\s*(\\p{Lu}{2,8}(?:\\s*[/,]\\s*\\p{Lu}{2,8})*)\\s*\\)");
    private static final Pattern LONG_FORM_WORD = Pattern.compile(
            "(?:\\p{Lu}[\\p{L}'’]*(?:-[\\p{L}]+)*|of|the|and|for|e|al|el|de|du|la)");
    private static final int MAX_WORDS = 10;

    private AcronymDefinitions() {
    }

    static List<Definition> find(String document, String text) {
        List<Definition> found = new ArrayList<>();
        Matcher parenthesis = PARENTHESIS.matcher(text);
        while (parenthesis.find()) {
            List<String> acronyms = List.of(parenthesis.group(1).split("\\s*[/,]\\s*"));
            longFormBefore(text, parenthesis.start(), acronyms.get(0).charAt(0))
                    .ifPresent(span -> found.add(new Definition(
                            new Mention(document, span[0], span[1], text.substring(span[0], span[1])), acronyms)));
        }
        return found;
    }

    private static java.util.Optional<int[]> longFormBefore(String text, int parenthesis, char initial) {
        int end = parenthesis;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        int longFormStart = -1;
        for (int words = 0; words < MAX_WORDS && start > 0; words++) {
            int wordStart = start;
            while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            String word = text.substring(wordStart, start);
            if (!LONG_FORM_WORD.matcher(word).matches()) {
                break;
            }
            // The earliest capitalised word with the acronym's initial starts the long form.
            if (Character.toUpperCase(word.charAt(0)) == initial && Character.isUpperCase(word.charAt(0))) {
                longFormStart = wordStart;
            }
            start = wordStart;
            while (start > 0 && text.charAt(start - 1) == ' ') {
                start--;
            }
        }
        if (longFormStart < 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new int[] {longFormStart, end});
    }
}
