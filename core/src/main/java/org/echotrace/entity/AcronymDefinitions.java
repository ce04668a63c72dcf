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
    record Definition(Mention longForm, List<Mention> acronyms) {
    }

    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,8}");
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
            List<Mention> acronyms = new ArrayList<>();
            Matcher acronym = ACRONYM.matcher(text).region(parenthesis.start(1), parenthesis.end(1));
            while (acronym.find()) {
                acronyms.add(new Mention(document, acronym.start(), acronym.end(), acronym.group()));
            }
            longFormBefore(text, parenthesis.start(), acronyms.get(0).text())
                    .ifPresent(span -> found.add(new Definition(
                            new Mention(document, span[0], span[1], text.substring(span[0], span[1])), acronyms)));
        }
        return found;
    }

    /**
     * The long form: of the capitalised words with the acronym's initial in the run before the
     * parenthesis, the nearest one from which the words' initials spell the acronym ("Hizb-e-Wahdat"
     * for HEW), else the nearest one at all.
     */
    private static java.util.Optional<int[]> longFormBefore(String text, int parenthesis, String acronym) {
        int end = parenthesis;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        List<Integer> starts = new ArrayList<>();
        int start = end;
        for (int words = 0; words < MAX_WORDS && start > 0; words++) {
            int wordStart = start;
            while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            String word = text.substring(wordStart, start);
            if (!LONG_FORM_WORD.matcher(word).matches()) {
                break;
            }
            if (Character.isUpperCase(word.charAt(0)) && word.charAt(0) == acronym.charAt(0)) {
                starts.add(wordStart);
            }
            start = wordStart;
            while (start > 0 && text.charAt(start - 1) == ' ') {
                start--;
            }
        }
        int finalEnd = end;
        return starts.stream().filter(s -> spells(text.substring(s, finalEnd), acronym)).findFirst()
                .or(() -> starts.stream().findFirst())
                .map(s -> new int[] {s, finalEnd});
    }

    /** True when the initials of the words and hyphen parts contain the acronym's letters in order. */
    private static boolean spells(String longForm, String acronym) {
        int next = 0;
        for (String part : longForm.split("[\\s-]+")) {
            if (next < acronym.length() && !part.isEmpty()
                    && Character.toUpperCase(part.charAt(0)) == acronym.charAt(next)) {
                next++;
            }
        }
        return next == acronym.length();
    }
}
