package org.echotrace.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Takes the title from the text when no field gave one: a short first line that does not end like a
 * sentence and is followed by a blank line or a new sentence, and then by more text. When the top holds several such lines (kicker, headline, dek),
 * the one repeated further down is the headline; otherwise the first. The chosen line is removed.
 */
final class HeadlineStage implements CleaningStage {
    static final int MAX_LENGTH = 200;
    private static final int MAX_WORDS = 30;
    private static final int MAX_HEADLINE_LINES = 4;

    @Override
    public void apply(DocumentDraft draft) {
        if (draft.title() != null) {
            return;
        }
        List<Integer> top = draft.contentLines(MAX_HEADLINE_LINES + 1);
        List<Integer> headlines = new ArrayList<>();
        for (int index : top) {
            if (headlines.size() == MAX_HEADLINE_LINES || !isHeadlineLike(draft.line(index))
                    || !followedByBreakOrNewSentence(draft, index)) {
                break;
            }
            headlines.add(index);
        }
        // nothing but headline-like lines: there is no body to tell a headline from
        if (headlines.isEmpty() || headlines.size() == top.size()) {
            return;
        }
        int chosen = headlines.stream().filter(i -> repeatsBelow(draft, i)).findFirst().orElse(headlines.get(0));
        draft.inferTitle(draft.line(chosen).strip());
        draft.removeLine(chosen, "title");
    }

    static boolean isHeadlineLike(String line) {
        String s = line.strip();
        if (s.length() < 3 || s.length() > MAX_LENGTH) {
            return false;
        }
        int words = s.split("\\s+").length;
        int first = s.codePointAt(0);
        boolean startsLikeHeadline = Character.isUpperCase(first) || Character.isDigit(first)
                || "\"“‘'".indexOf(first) >= 0;
        boolean hasLowerCase = s.codePoints().anyMatch(Character::isLowerCase);
        // "21 July 2013 Last updated at 11:11 GMT" is a dateline, not a headline
        boolean opensWithDate = DateReader.readAt(s, 0).isPresent();
        return words >= 2 && words <= MAX_WORDS && startsLikeHeadline && hasLowerCase && !endsLikeSentence(s)
                && !opensWithDate;
    }

    /** A line wrapped in the middle of a sentence continues in lower case; a headline does not. */
    private static boolean followedByBreakOrNewSentence(DocumentDraft draft, int index) {
        if (index + 1 >= draft.lineCount() || draft.line(index + 1).isBlank()) {
            return true;
        }
        int next = draft.line(index + 1).strip().codePointAt(0);
        return !Character.isLowerCase(next);
    }

    private static boolean endsLikeSentence(String s) {
        char last = s.charAt(s.length() - 1);
        return last == '.' || last == ',' || last == ';' || last == ':' || last == '…';
    }

    private static boolean repeatsBelow(DocumentDraft draft, int index) {
        String candidate = draft.line(index);
        for (int i = index + 1; i < draft.lineCount(); i++) {
            if (HeadlineText.repeats(draft.line(i), candidate)) {
                return true;
            }
        }
        return false;
    }
}
