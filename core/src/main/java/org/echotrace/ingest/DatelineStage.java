package org.echotrace.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the publication dateline near the top of a text. A dateline alone on its line is removed; one that
 * opens a line ("Published: 3 Sep 2023 - The minister ...") is cut off, keeping the sentence. A date that
 * simply begins a sentence is part of the story and stays.
 */
final class DatelineStage implements CleaningStage {
    /** Datelines sit in the first few lines, under the headline; further down a date is story content. */
    static final int LINES_TO_SEARCH = 5;
    static final String REASON = "dateline";

    private static final Pattern LABEL = Pattern.compile(
            "\\s*(?:(?i:date|dated|published|posted|updated|last updated|publication date)(?:\\s+(?i:on))?\\s*:?\\s*)?");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*[-–—:|]+\\s*");
    private static final Pattern ONLY_PUNCTUATION = Pattern.compile("[\\p{Punct}\\s]*");
    /** "21 July 2013 Last updated at 11:11 GMT": the rest of the line says when the story changed. */
    private static final Pattern UPDATE_NOTE = Pattern.compile(
            "\\s*[-–—|,]?\\s*(?i:last\\s+)?(?i:updated|modified|edited)\\b.{0,40}");

    @Override
    public void apply(DocumentDraft draft) {
        for (int index : draft.contentLines(LINES_TO_SEARCH)) {
            if (takeDateline(draft, index)) {
                return;
            }
        }
    }

    private boolean takeDateline(DocumentDraft draft, int index) {
        String line = draft.line(index);
        Matcher label = LABEL.matcher(line);
        label.lookingAt();
        boolean labelled = !label.group().isBlank();
        Optional<DateReader.DateMatch> date = DateReader.readAt(line, label.end());
        if (date.isEmpty()) {
            return false;
        }
        String rest = line.substring(date.get().end());
        if (ONLY_PUNCTUATION.matcher(rest).matches() || UPDATE_NOTE.matcher(rest).matches()) {
            draft.removeLine(index, REASON);
        } else {
            Matcher separator = SEPARATOR.matcher(rest);
            boolean separated = separator.lookingAt();
            if (!labelled && !separated && !opensWithOutlet(rest)) {
                return false;
            }
            draft.removeLineStart(index, date.get().end() + (separated ? separator.end() : 0), REASON);
        }
        if (draft.published() == null && PlausibleDate.isPlausible(date.get().published())) {
            draft.inferPublished(date.get().published());
        }
        return true;
    }

    /** "2023-09-03 Daily Courier - The minister ..." : the date is followed by an outlet opener. */
    private static boolean opensWithOutlet(String rest) {
        return LeadSplit.of(rest).filter(split -> OutletName.isPlausible(split.lead())).isPresent();
    }
}
