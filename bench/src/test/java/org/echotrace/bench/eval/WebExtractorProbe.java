package org.echotrace.bench.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import de.l3s.boilerpipe.extractors.DefaultExtractor;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import net.dankito.readability4j.Readability4J;
import org.echotrace.ingest.ExtractionProbeAccess;
import org.jsoup.Jsoup;

/**
 * Measures other extractors (readability4j, boilerpipe) against echotrace's own on both web sets, alone and
 * combined with it, through the same scorer as {@code eval web} and the same cleaning as the pipeline.
 * Not a test: run its {@code main} from the bench test classpath. Usage: {@code WebExtractorProbe DATA [dumpDir]}.
 */
public final class WebExtractorProbe {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    /** One page with every base extractor's raw text. */
    record Page(String name, JsonNode gold, String expected, Function<String, org.echotrace.domain.Document> cleaner,
                Map<String, String> texts) {
    }

    private final Map<String, Long> nanos = new LinkedHashMap<>();

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        WebExtractorProbe probe = new WebExtractorProbe();
        List<Page> trafilatura = probe.trafilaturaPages(data.resolve("web-trafilatura"));
        List<Page> readability = probe.readabilityPages(data.resolve("web-readability"));
        if (args.length > 1) {
            dump(trafilatura, Path.of(args[1]));
            return;
        }
        probe.nanos.forEach((name, n) -> System.out.printf("speed %s: %.1f pages/s%n", name,
                (trafilatura.size() + readability.size()) / (n / 1e9)));
        for (Map.Entry<String, BiFunction<Page, Map<String, String>, String>> variant : variants().entrySet()) {
            System.out.println(variant.getKey() + "\t" + score(trafilatura, variant.getValue(), false) + "\t"
                    + score(readability, variant.getValue(), true));
        }
    }

    static Map<String, BiFunction<Page, Map<String, String>, String>> variants() {
        Map<String, BiFunction<Page, Map<String, String>, String>> v = new LinkedHashMap<>();
        v.put("own", (p, t) -> t.get("own"));
        v.put("readability4j", (p, t) -> t.get("r4j"));
        v.put("boilerpipe-article", (p, t) -> t.get("bpa"));
        v.put("boilerpipe-default", (p, t) -> t.get("bpd"));
        for (double k : new double[] {1.5, 2, 3}) {
            v.put("own, readability4j when " + k + "x longer", (p, t) -> longer(t.get("own"), t.get("r4j"), k));
            v.put("own, boilerpipe-article when " + k + "x longer", (p, t) -> longer(t.get("own"), t.get("bpa"), k));
        }
        v.put("own, readability4j when own < 250", (p, t) -> t.get("own").length() < 250 ? t.get("r4j") : t.get("own"));
        v.put("own + readability4j's missing paragraphs", (p, t) -> Paragraphs.union(t.get("own"), t.get("r4j")));
        v.put("own + boilerpipe's missing paragraphs", (p, t) -> Paragraphs.union(t.get("own"), t.get("bpa")));
        v.put("own, paragraphs readability4j or boilerpipe also hold",
                (p, t) -> Paragraphs.agreed(t.get("own"), List.of(t.get("r4j"), t.get("bpa"))));
        v.put("own, paragraphs readability4j also holds", (p, t) -> Paragraphs.agreed(t.get("own"), List.of(t.get("r4j"))));
        v.put("own + readability4j's missing paragraphs boilerpipe holds too",
                (p, t) -> Paragraphs.witnessedUnion(t.get("own"), t.get("r4j"), t.get("bpa")));
        v.put("own + boilerpipe's missing paragraphs readability4j holds too",
                (p, t) -> Paragraphs.witnessedUnion(t.get("own"), t.get("bpa"), t.get("r4j")));
        v.put("own, both-voters squash agreement", (p, t) -> Paragraphs.agreed(t.get("own"), List.of(t.get("r4j"), t.get("bpa"))));
        for (int max : new int[] {50, 100, 200}) {
            v.put("own, paragraphs < " + max + " neither r4j nor bp holds dropped",
                    (p, t) -> Paragraphs.agreed(t.get("own"), List.of(t.get("r4j"), t.get("bpa")), max));
            v.put("witnessed union r4j/bp, then paragraphs < " + max + " unheld dropped",
                    (p, t) -> Paragraphs.agreed(Paragraphs.witnessedUnion(t.get("own"), t.get("r4j"), t.get("bpa")),
                            List.of(t.get("r4j"), t.get("bpa")), max));
        }
        return v;
    }

    /** Each base extractor's cleaned text of each page, one folder per extractor, for analysis elsewhere. */
    private static void dump(List<Page> pages, Path folder) throws java.io.IOException {
        for (Page page : pages) {
            for (Map.Entry<String, String> text : page.texts().entrySet()) {
                Path dir = Files.createDirectories(folder.resolve(text.getKey()));
                String raw = text.getValue();
                String cleaned = raw == null || raw.isBlank() ? "" : page.cleaner().apply(raw).text();
                Files.writeString(dir.resolve(page.name() + ".txt"), cleaned);
            }
        }
    }

    private static String longer(String own, String other, double factor) {
        return other.length() > factor * own.length() ? other : own;
    }

    private static String score(List<Page> pages, BiFunction<Page, Map<String, String>, String> variant,
                                boolean words) {
        int[] counts = new int[4];
        WordOverlap.Totals totals = new WordOverlap.Totals();
        for (Page page : pages) {
            String raw = variant.apply(page, page.texts());
            String text = raw == null || raw.isBlank() ? "" : page.cleaner().apply(raw).text();
            if (words) {
                totals.add(WordOverlap.of(text, page.expected()));
            } else {
                int[] c = WebEvaluation.segmentCounts(text, page.gold());
                for (int i = 0; i < 4; i++) {
                    counts[i] += c[i];
                }
            }
        }
        if (words) {
            return String.format("P %.3f R %.3f F1 %.3f pooled %.3f", totals.meanPrecision(), totals.meanRecall(),
                    totals.meanF1(), totals.pooledF1());
        }
        double tp = counts[0];
        double p = tp / (tp + counts[2]);
        double r = tp / (tp + counts[1]);
        return String.format("P %.3f R %.3f F %.4f (fn %d fp %d)", p, r, 2 * tp / (2 * tp + counts[2] + counts[1]),
                counts[1], counts[2]);
    }

    List<Page> trafilaturaPages(Path folder) throws Exception {
        JsonNode gold = JSON.readTree(folder.resolve("evaldata.json").toFile());
        List<Page> pages = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = gold.fields(); it.hasNext(); ) {
            JsonNode item = it.next().getValue();
            String file = item.path("file").asText();
            pages.add(page(file, item, null, folder.resolve("pages").resolve(file)));
        }
        return pages;
    }

    List<Page> readabilityPages(Path folder) throws Exception {
        List<Page> pages = new ArrayList<>();
        for (Path dir : WebEvaluation.readabilityPages(folder)) {
            String expected = Jsoup.parse(Files.readString(dir.resolve("expected.html"), StandardCharsets.UTF_8)).text();
            pages.add(page(dir.getFileName().toString(), null, expected, dir.resolve("source.html")));
        }
        return pages;
    }

    private Page page(String name, JsonNode gold, String expected, Path file) throws Exception {
        String html;
        try {
            html = ExtractionProbeAccess.decode(Files.readAllBytes(file));
        } catch (java.io.IOException unread) {
            return new Page(name, gold, expected, t -> null, Map.of("own", "", "r4j", "", "bpa", "", "bpd", ""));
        }
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("own", timed("own", () -> ExtractionProbeAccess.ownText(html)));
        texts.put("r4j", timed("readability4j", () -> readability4j(html)));
        texts.put("bpa", timed("boilerpipe-article", () -> paragraphs(ArticleExtractor.INSTANCE.getText(html))));
        texts.put("bpd", timed("boilerpipe-default", () -> paragraphs(DefaultExtractor.INSTANCE.getText(html))));
        return new Page(name, gold, expected, ExtractionProbeAccess.cleaner(html), texts);
    }

    static String readability4j(String html) {
        String content = new Readability4J("http://example.com/", html).parse().getContent();
        return content == null ? "" : ExtractionProbeAccess.render(Jsoup.parseBodyFragment(content).body());
    }

    /** boilerpipe gives one block a line: make them paragraphs, as echotrace's text has them. */
    private static String paragraphs(String text) {
        return text == null ? "" : text.replace("\n", "\n\n");
    }

    interface Extractor {
        String text() throws Exception;
    }

    private String timed(String name, Extractor extractor) {
        long start = CPU.getCurrentThreadCpuTime();
        String text;
        try {
            text = extractor.text();
        } catch (Exception | StackOverflowError failure) {
            text = "";
        }
        nanos.merge(name, CPU.getCurrentThreadCpuTime() - start, Long::sum);
        return text == null ? "" : text;
    }
}
