package org.echotrace.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;
import org.echotrace.domain.Document;
import org.echotrace.domain.Published;
import org.echotrace.domain.Story;

/**
 * Turns groups of documents into {@link Story} records: ordered by date, numbered, and titled after the
 * document that resembles the rest of its group most.
 */
final class StoryNaming {

    private static final int MAX_TITLE = 120;

    private StoryNaming() {
    }

    /** How alike two documents (by index) are; 0 when not linked. */
    @FunctionalInterface
    interface Similarity {
        double of(int i, int j);
    }

    static List<Story> name(List<List<Integer>> groups, List<Document> documents, Similarity similarity) {
        List<List<Integer>> ordered = new ArrayList<>(groups);
        ordered.sort(Comparator.<List<Integer>, Published>comparing(g -> earliest(g, documents),
                        StoryClusterer.earliestFirst())
                .thenComparing(g -> -g.size())
                .thenComparing(g -> documents.get(g.get(0)).id()));
        // a title weighs every pair of its story's members and an event reads their texts: each story is
        // described on every core, the stories kept in order
        return IntStream.range(0, ordered.size()).parallel()
                .mapToObj(s -> story(s, ordered.get(s), documents, similarity)).toList();
    }

    private static Story story(int index, List<Integer> group, List<Document> documents, Similarity similarity) {
        List<String> ids = group.stream().map(i -> documents.get(i).id()).sorted().toList();
        Published to = group.stream().map(i -> documents.get(i).published()).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        return new Story("s" + (index + 1), title(group, documents, similarity), ids, earliest(group, documents), to)
                .withEvent(StoryEvents.of(group.stream().map(documents::get).toList()));
    }

    private static Published earliest(List<Integer> group, List<Document> documents) {
        return group.stream().map(i -> documents.get(i).published()).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
    }

    /**
     * The title of the most central titled document, else the first sentence of the most central one; a
     * dateline is never a title (the lead sentence after it is).
     */
    static String title(List<Integer> group, List<Document> documents, Similarity similarity) {
        // computed once per member: a comparator computing it would cost O(g^2 log g) on a large story
        Map<Integer, Double> centrality = new HashMap<>();
        for (int i : group) {
            centrality.put(i, centrality(i, group, similarity));
        }
        List<Integer> byCentrality = new ArrayList<>(group);
        byCentrality.sort(Comparator.comparingDouble((Integer i) -> -centrality.get(i))
                .thenComparing(i -> documents.get(i).id()));
        for (int i : byCentrality) {
            if (isHeadline(documents.get(i).title())) {
                return documents.get(i).title().strip();
            }
        }
        return firstSentence(documents.get(byCentrality.get(0)).text());
    }

    /** A one-document group's title: its own title, else its first sentence. */
    static String titleOf(Document document) {
        String title = document.title();
        return isHeadline(title) ? title.strip() : firstSentence(document.text());
    }

    private static boolean isHeadline(String title) {
        return title != null && !title.isBlank() && !isDateline(title);
    }

    /** Words of a dateline besides its figures ("21 July 2013 Last updated at 11:11 GMT"). */
    private static final Set<String> CALENDAR_WORDS = Set.of("jan", "january", "feb", "february", "mar", "march",
            "apr", "april", "may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept", "september", "oct",
            "october", "nov", "november", "dec", "december", "mon", "monday", "tue", "tuesday", "wed", "wednesday",
            "thu", "thursday", "fri", "friday", "sat", "saturday", "sun", "sunday", "am", "pm", "gmt", "utc", "bst",
            "cet", "est", "edt", "pst", "pdt", "last", "updated", "update", "published", "posted", "at", "on", "by");

    /** Whether a lower-case word names a month, a weekday, a time zone or dates a text ("updated"). */
    static boolean isCalendarWord(String word) {
        return CALENDAR_WORDS.contains(word);
    }

    /** A line that only dates the text: figures and calendar words, at most two other words. */
    static boolean isDateline(String line) {
        if (line.chars().noneMatch(Character::isDigit)) {
            return false;
        }
        int others = 0;
        for (String word : line.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
            if (!word.isEmpty() && !CALENDAR_WORDS.contains(word)) {
                others++;
            }
        }
        return others <= 2;
    }

    private static double centrality(int i, List<Integer> group, Similarity similarity) {
        double sum = 0;
        for (int j : group) {
            if (j != i) {
                sum += similarity.of(i, j);
            }
        }
        return sum;
    }

    private static String firstSentence(String text) {
        String firstLine = text.strip().lines().filter(l -> !l.isBlank() && !isDateline(l)).findFirst()
                .or(() -> text.strip().lines().findFirst()).orElse("");
        String flat = firstLine.replaceAll("\\s+", " ");
        int end = flat.length();
        for (int i = 0; i < flat.length(); i++) {
            char c = flat.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && (i + 1 == flat.length() || flat.charAt(i + 1) == ' ')) {
                end = i + 1;
                break;
            }
        }
        String sentence = flat.substring(0, end);
        return sentence.length() <= MAX_TITLE ? sentence : sentence.substring(0, MAX_TITLE - 1).strip() + "\u2026";
    }
}
