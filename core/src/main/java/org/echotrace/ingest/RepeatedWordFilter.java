package org.echotrace.ingest;

import java.util.Locale;

/**
 * Removes residue of scraped page widgets: a short line that is one word said twice or more, like a
 * label and its tooltip flattened together ("Source Source").
 */
final class RepeatedWordFilter implements CleaningStage {
    private static final int MAX_LENGTH = 60;

    @Override
    public void apply(DocumentDraft draft) {
        for (int i = draft.lineCount() - 1; i >= 0; i--) {
            if (isOneWordRepeated(draft.line(i).strip())) {
                draft.removeLine(i, "repeated-word residue");
            }
        }
    }

    static boolean isOneWordRepeated(String line) {
        if (line.isEmpty() || line.length() > MAX_LENGTH) {
            return false;
        }
        String[] words = line.toLowerCase(Locale.ROOT).split("\\s+");
        if (words.length < 2) {
            return false;
        }
        for (String word : words) {
            if (!word.equals(words[0])) {
                return false;
            }
        }
        return true;
    }
}
