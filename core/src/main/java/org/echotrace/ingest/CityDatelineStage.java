package org.echotrace.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Notes a wire-style dateline, "CITY -", "CITY, Sep. 3 (Agency) -", in the metadata under
 * {@code "dateline"}. It stays in the text: it is how the story itself begins, and it names a place, not
 * a publisher.
 */
final class CityDatelineStage implements CleaningStage {
    private static final int LINES_TO_SEARCH = 3;
    private static final String CAPS_WORD = "\\p{Lu}[\\p{Lu}\\p{M}.'’-]*";
    private static final Pattern CITY_DATELINE = Pattern.compile("\\s*(?<place>" + CAPS_WORD + "(?: " + CAPS_WORD
            + "){0,3})(?:\\s*,\\s*(?<when>[^-–—()]{3,40}?))?\\s*(?<agency>\\([^)]{1,40}\\))?\\s*[-–—]+\\s+\\S");

    @Override
    public void apply(DocumentDraft draft) {
        for (int index : draft.contentLines(LINES_TO_SEARCH)) {
            Matcher m = CITY_DATELINE.matcher(draft.line(index));
            if (m.lookingAt() && m.group("place").codePoints().filter(Character::isLetter).count() >= 3) {
                String agency = m.group("agency") == null ? "" : " " + m.group("agency");
                draft.noteMetadata("dateline", m.group("place") + agency);
                if (m.group("when") != null && draft.published() == null) {
                    DateReader.readWhole(m.group("when")).ifPresent(draft::inferPublished);
                }
                return;
            }
        }
    }
}
