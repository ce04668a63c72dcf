package org.echotrace.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.echotrace.domain.Document;
import org.echotrace.domain.Published;
import org.echotrace.domain.TimelineEntry;
import org.echotrace.language.DocumentLanguage;
import org.echotrace.language.TimeExpression;

/**
 * Merges the date expressions of several documents into a story's timeline: expressions with the same
 * date that date the same event ({@link EventMatch}) become one row listing every document that tells
 * it. Unanchored expressions ("XXXX-06") cannot be compared across documents and stay rows of their own.
 * Rows are in time order, unanchored ones last.
 */
public final class TimelineBuilder {

    private TimelineBuilder() {
    }

    /**
     * @param documents the analysed documents (for publication dates: the earliest telling represents a row)
     * @param languages what the language layer found in them, in any order
     */
    public static List<TimelineEntry> build(List<Document> documents, List<DocumentLanguage> languages) {
        Map<String, Integer> order = publicationOrder(documents);
        List<EventMatch.Told> told = new ArrayList<>();
        for (DocumentLanguage language : languages) {
            language.times().forEach(t -> told.add(EventMatch.Told.of(t)));
        }
        told.sort(Comparator.comparing((EventMatch.Told t) -> order.getOrDefault(t.expression().document(), order.size()))
                .thenComparing(t -> t.expression().text().start()));
        List<List<EventMatch.Told>> rows = new ArrayList<>();
        for (EventMatch.Told t : told) {
            rowFor(rows, t).add(t);
        }
        return rows.stream().map(TimelineBuilder::entry)
                .sorted(Comparator.comparing(TimelineBuilder::startOf, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    private static List<EventMatch.Told> rowFor(List<List<EventMatch.Told>> rows, EventMatch.Told t) {
        if (t.expression().anchored()) {
            for (List<EventMatch.Told> row : rows) {
                TimeExpression first = row.get(0).expression();
                if (first.anchored() && first.value().equals(t.expression().value())
                        && row.stream().anyMatch(r -> EventMatch.same(r, t))) {
                    return row;
                }
            }
        }
        List<EventMatch.Told> row = new ArrayList<>();
        rows.add(row);
        return row;
    }

    /** Documents by publication, undated ones after dated ones, each group in input order. */
    private static Map<String, Integer> publicationOrder(List<Document> documents) {
        List<Document> sorted = new ArrayList<>(documents);
        sorted.sort(Comparator.comparing(Document::published, Comparator.nullsLast(Comparator.<Published>naturalOrder())));
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            order.putIfAbsent(sorted.get(i).id(), i);
        }
        return order;
    }

    private static TimelineEntry entry(List<EventMatch.Told> row) {
        TimeExpression first = row.get(0).expression();
        LinkedHashSet<String> documents = new LinkedHashSet<>();
        List<TimelineEntry.Occurrence> occurrences = new ArrayList<>();
        for (EventMatch.Told t : row) {
            TimeExpression e = t.expression();
            documents.add(e.document());
            occurrences.add(new TimelineEntry.Occurrence(e.document(), e.text().text(), e.text().start(), e.text().end(),
                    e.modifier(), e.event() == null ? null : e.event().text(), e.sentence().text()));
        }
        return new TimelineEntry(first.value(), first.precision(), first.modifier(), first.text().text(),
                first.event() == null ? null : first.event().text(), first.verb(), first.sentence().text(),
                first.document(), first.text().start(), first.text().end(), first.anchored(),
                List.copyOf(documents), occurrences);
    }

    private static LocalDate startOf(TimelineEntry entry) {
        return entry.anchored() ? PeriodStart.of(entry.date()).orElse(null) : null;
    }
}
