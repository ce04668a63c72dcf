package org.echotrace.bench.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.echotrace.Progress;
import org.echotrace.bench.DataPaths;
import org.echotrace.bench.Json;
import org.echotrace.domain.Document;
import org.echotrace.ingest.IngestOptions;
import org.echotrace.ingest.Ingester;

/**
 * How well the article text is found in real web pages, read exactly as {@code analyze} reads an HTML file
 * (through {@link Ingester}). Two sets: trafilatura's benchmark ({@code evaldata.json} and {@code pages/}), scored
 * as its {@code tests/evaluate.py} does, and Mozilla Readability's test pages (one folder per page with
 * {@code source.html}, {@code expected.html}, {@code expected-metadata.json}), scored on words, title and date.
 */
public final class WebEvaluation {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The text echotrace read from one page, or empty when the page was not read; with its CPU cost. */
    public record Extraction(String name, Optional<Document> document, long cpuNanos) {
        public String text() {
            return document.map(Document::text).orElse("");
        }
    }

    /**
     * trafilatura's scoring: each {@code with} segment found is a true positive, missed a false negative;
     * each {@code without} segment found a false positive, missed a true negative; over all segments.
     */
    public record TrafilaturaResult(String set, int pages, int unread, int truePositives, int falseNegatives,
                                    int falsePositives, int trueNegatives, double precision, double recall,
                                    double accuracy, double fScore, int titles, double titleAccuracy, int dates,
                                    double dateAccuracy, int authors, double authorAccuracy,
                                    double pagesPerSecond) {
        public String toJson() {
            return Json.of(this);
        }
    }

    /**
     * Words of the text against the words of {@code expected.html} (each page's precision, recall and F1, then
     * their mean; and pooled over all pages), title and date against {@code expected-metadata.json}.
     */
    public record ReadabilityResult(String set, int pages, int unread, double precision, double recall, double f1,
                                    double pooledF1, int titles, double titleAccuracy, int dates,
                                    double dateAccuracy, int datesWithoutGold, double pagesPerSecond) {
        public String toJson() {
            return Json.of(this);
        }
    }

    private final Ingester ingester = new Ingester(IngestOptions.defaults());
    private final ThreadMXBean cpu = ManagementFactory.getThreadMXBean();

    /** The JSON lines of every set found in {@code folder}: the folder itself, or its two set folders. */
    public List<String> evaluateAll(Path folder, int limit) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Path set : List.of(folder, folder.resolve("web-trafilatura"), folder.resolve("web-readability"))) {
            if (isTrafilaturaSet(set)) {
                lines.add(trafilatura(set, limit).toJson());
            } else if (isReadabilitySet(set)) {
                lines.add(readability(set, limit).toJson());
            }
        }
        if (lines.isEmpty()) {
            throw new IOException(folder + " holds neither evaldata.json and pages/ (trafilatura's set) nor "
                    + "folders with source.html and expected.html (Readability's set)");
        }
        return lines;
    }

    static boolean isTrafilaturaSet(Path folder) {
        return Files.isRegularFile(folder.resolve("evaldata.json")) && Files.isDirectory(folder.resolve("pages"));
    }

    static boolean isReadabilitySet(Path folder) throws IOException {
        return Files.isDirectory(folder) && !readabilityPages(folder).isEmpty();
    }

    public TrafilaturaResult trafilatura(Path folder, int limit) throws IOException {
        JsonNode gold = JSON.readTree(folder.resolve("evaldata.json").toFile());
        int pages = 0;
        int unread = 0;
        long nanos = 0;
        int[] counts = new int[4];
        PageMetadataScores metadata = new PageMetadataScores();
        for (Iterator<Map.Entry<String, JsonNode>> it = gold.fields(); it.hasNext()
                && (limit <= 0 || pages < limit); pages++) {
            JsonNode item = it.next().getValue();
            Extraction extraction = extract(folder.resolve("pages").resolve(item.path("file").asText()));
            nanos += extraction.cpuNanos();
            unread += extraction.document().isEmpty() ? 1 : 0;
            metadata.add(extraction.document(), textOf(item, "title"), textOf(item, "date"), textOf(item, "author"));
            int[] page = segmentCounts(extraction.text(), item);
            for (int i = 0; i < counts.length; i++) {
                counts[i] += page[i];
            }
        }
        int tp = counts[0];
        int fn = counts[1];
        int fp = counts[2];
        int tn = counts[3];
        return new TrafilaturaResult("web-trafilatura", pages, unread, tp, fn, fp, tn, ratio(tp, tp + fp),
                ratio(tp, tp + fn), ratio(tp + tn, tp + tn + fp + fn), ratio(2.0 * tp, 2.0 * tp + fp + fn),
                metadata.titles.count(), metadata.titles.accuracy(), metadata.dates.count(), metadata.dates.accuracy(),
                metadata.authors.count(), metadata.authors.accuracy(), perSecond(pages, nanos));
    }

    /** {true positives, false negatives, false positives, true negatives} of one page. */
    static int[] segmentCounts(String text, JsonNode item) {
        String result = normalise(text);
        int[] counts = new int[4];
        for (JsonNode with : item.path("with")) {
            counts[result.contains(normalise(with.asText())) ? 0 : 1]++;
        }
        for (JsonNode without : item.path("without")) {
            counts[result.contains(normalise(without.asText())) ? 2 : 3]++;
        }
        return counts;
    }

    /** Whitespace runs (Unicode's, as Python's {@code str.split()} knows them) as one space. */
    static String normalise(String text) {
        return text.replaceAll("(?U)\\s+", " ").strip();
    }

    public ReadabilityResult readability(Path folder, int limit) throws IOException {
        List<Path> pages = readabilityPages(folder);
        if (limit > 0 && pages.size() > limit) {
            pages = pages.subList(0, limit);
        }
        WordOverlap.Totals words = new WordOverlap.Totals();
        PageMetadataScores metadata = new PageMetadataScores();
        int unread = 0;
        long nanos = 0;
        for (Path page : pages) {
            Extraction extraction = extract(page.resolve("source.html"));
            nanos += extraction.cpuNanos();
            unread += extraction.document().isEmpty() ? 1 : 0;
            String expected = org.jsoup.Jsoup.parse(Files.readString(page.resolve("expected.html"),
                    StandardCharsets.UTF_8)).text();
            words.add(WordOverlap.of(extraction.text(), expected));
            JsonNode gold = JSON.readTree(page.resolve("expected-metadata.json").toFile());
            metadata.add(extraction.document(), textOf(gold, "title"), textOf(gold, "publishedTime"), null);
        }
        return new ReadabilityResult("web-readability", pages.size(), unread, words.meanPrecision(),
                words.meanRecall(), words.meanF1(), words.pooledF1(), metadata.titles.count(),
                metadata.titles.accuracy(), metadata.dates.count(), metadata.dates.accuracy(), metadata.datesWithoutGold,
                perSecond(pages.size(), nanos));
    }

    /** Title, date and author of each page against the gold ones; a page without a gold value is not counted. */
    private static final class PageMetadataScores {
        final MetadataScore titles = new MetadataScore();
        final MetadataScore dates = new MetadataScore();
        final MetadataScore authors = new MetadataScore();
        int datesWithoutGold;

        void add(Optional<Document> document, String goldTitle, String goldDate, String goldAuthor) {
            titles.add(goldTitle, document.map(Document::title).orElse(null), WebEvaluation::sameText);
            String date = document.flatMap(Document::publishedDate).map(p -> p.date().toString()).orElse(null);
            // gold dates are days or full timestamps: the day must agree
            dates.add(goldDate, date, String::startsWith);
            datesWithoutGold += goldDate == null && date != null ? 1 : 0;
            authors.add(goldAuthor, document.map(d -> d.metadata().get("author")).orElse(null),
                    WebEvaluation::sameText);
        }
    }

    private static boolean sameText(String gold, String found) {
        return normalise(gold).equalsIgnoreCase(normalise(found));
    }

    private static String textOf(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
    }

    static List<Path> readabilityPages(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> Files.isRegularFile(p.resolve("source.html"))
                            && Files.isRegularFile(p.resolve("expected.html")))
                    .sorted()
                    .toList();
        }
    }

    /** Reads one page the way {@code analyze} reads an HTML file, timing the thread's CPU. */
    public Extraction extract(Path file) {
        long start = cpu.getCurrentThreadCpuTime();
        List<Document> documents = ingester.read(List.of(file.toString()), null, Progress.NONE).documents();
        long spent = cpu.getCurrentThreadCpuTime() - start;
        return new Extraction(file.toString(), documents.stream().findFirst(), spent);
    }

    private static double ratio(double part, double whole) {
        return whole == 0 ? 0 : part / whole;
    }

    private static double perSecond(int pages, long nanos) {
        return nanos == 0 ? 0 : Math.round(pages / (nanos / 1e9) * 10) / 10.0;
    }

    /** {@code WebEvaluation [DIR] [limit]}: one JSON line per set found. */
    public static void main(String[] args) throws IOException {
        Path folder = args.length > 0 ? Path.of(args[0]) : DataPaths.sharedData().orElseThrow();
        int limit = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        new WebEvaluation().evaluateAll(folder, limit).forEach(System.out::println);
    }
}
