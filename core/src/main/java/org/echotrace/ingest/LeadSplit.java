package org.echotrace.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line cut at its first short lead followed by a separator: {@code "Name - rest"}, {@code "Name: rest"}.
 * A dash counts only with a space before it, so hyphenated words are not split.
 *
 * @param lead      the text before the separator, stripped
 * @param colon     the separator was a colon (as in "Name: rest") rather than a dash
 * @param rest      the text after the separator
 * @param restStart offset in the line where {@code rest} begins
 */
record LeadSplit(String lead, boolean colon, String rest, int restStart) {
    private static final Pattern SPLIT = Pattern.compile("\\s*(.{1,40}?)(\\s+[-–—|]+|:)\\s+(\\S.*)");

    static Optional<LeadSplit> of(String line) {
        Matcher m = SPLIT.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new LeadSplit(m.group(1).strip(), m.group(2).equals(":"), m.group(3), m.start(3)));
    }

    /** True when what follows the separator begins like a sentence or headline, not a lower-case tail. */
    boolean restStartsLikeSentence() {
        int first = rest.codePointAt(0);
        return Character.isUpperCase(first) || Character.isDigit(first) || startsWithQuote();
    }

    boolean startsWithQuote() {
        return "\"“‘'«".indexOf(rest.charAt(0)) >= 0;
    }
}
