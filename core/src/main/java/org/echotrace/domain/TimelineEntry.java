package org.echotrace.domain;

import java.util.List;
import java.util.Objects;

/**
 * One dated event of a story: the same date and the same event told by one or more documents. The
 * fields {@code text} to {@code end} are the representative telling (from the earliest published document);
 * {@code occurrences} lists every telling, that one included.
 *
 * @param date      ISO ("2023-06", "2023-W34", "2023-08-27", "2016-SU", "198X"), or SUTime's unresolved form
 *                  ("XXXX-06", "THIS P1W OFFSET P-1W") when not anchored
 * @param precision day, week, month, season, quarter, year or decade
 * @param modifier  early, mid, late, before, after, since; or null
 * @param text      the expression as written ("late June")
 * @param event     the clause it dates, or null when the sentence had no parse
 * @param verb      the lemma of that clause's main verb (or predicate), or null
 * @param sentence  the sentence it stands in
 * @param anchored  false when a relative date had no reference date to resolve against (it is then not guessed)
 * @param documents ids of every document that tells this event with this date, in first-telling order
 */
public record TimelineEntry(String date, String precision, String modifier, String text, String event, String verb,
                            String sentence, String document, int start, int end, boolean anchored,
                            List<String> documents, List<Occurrence> occurrences) {

    public TimelineEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(document, "document");
        documents = List.copyOf(documents);
        occurrences = List.copyOf(occurrences);
    }

    /** One document's telling of the entry's event: where the date expression stands, and its clause. */
    public record Occurrence(String document, String text, int start, int end, String modifier, String event,
                             String sentence) {
        public Occurrence {
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(text, "text");
        }
    }
}
