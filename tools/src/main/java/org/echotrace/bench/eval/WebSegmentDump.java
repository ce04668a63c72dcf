package org.echotrace.bench.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Every segment of trafilatura's benchmark that echotrace gets wrong, with where it sits in the page: a kept
 * {@code without} segment (false positive) or a missed {@code with} segment (false negative), the innermost
 * element of the page holding it, that element's ancestors (tag.class#id), its text length and link share,
 * and for a kept one the line of the extracted text it sits on. One JSON object a line, for grouping by any of
 * these; the extracted text of every page is written beside it ({@code texts/FILE.txt}).
 *
 * <p>{@code WebSegmentDump DATA OUTDIR [context]}: DATA holds both sets; without {@code context} only the texts
 * and the wrong segments are written (fast, for comparing two builds), with it each wrong segment's place in the
 * page too. Readability's pages are written as {@code readability/NAME.txt} with {@code readability.tsv}: each
 * page's word precision, recall and F1.
 */
public final class WebSegmentDump {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ANCESTORS = 8;

    private WebSegmentDump() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[1]);
        boolean context = args.length > 2;
        trafilatura(Path.of(args[0]).resolve("web-trafilatura"), out, context);
        readability(Path.of(args[0]).resolve("web-readability"), out);
    }

    private static void readability(Path set, Path out) throws IOException {
        Files.createDirectories(out.resolve("readability"));
        WebEvaluation evaluation = new WebEvaluation();
        try (PrintWriter lines = new PrintWriter(Files.newBufferedWriter(out.resolve("readability.tsv")))) {
            for (Path page : WebEvaluation.readabilityPages(set)) {
                String text = evaluation.extract(page.resolve("source.html")).text();
                String name = page.getFileName().toString();
                Files.writeString(out.resolve("readability").resolve(name + ".txt"), text, StandardCharsets.UTF_8);
                String expected = Jsoup.parse(Files.readString(page.resolve("expected.html"), StandardCharsets.UTF_8))
                        .text();
                WordOverlap words = WordOverlap.of(text, expected);
                lines.printf("%s\t%.4f\t%.4f\t%.4f%n", name, words.precision(), words.recall(), words.f1());
            }
        }
    }

    private static void trafilatura(Path set, Path out, boolean context) throws IOException {
        Files.createDirectories(out.resolve("texts"));
        JsonNode gold = JSON.readTree(set.resolve("evaldata.json").toFile());
        WebEvaluation evaluation = new WebEvaluation();
        try (PrintWriter lines = new PrintWriter(Files.newBufferedWriter(out.resolve("segments.jsonl")))) {
            for (Iterator<Map.Entry<String, JsonNode>> it = gold.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                String file = entry.getValue().path("file").asText();
                Path page = set.resolve("pages").resolve(file);
                String text = evaluation.extract(page).text();
                Files.writeString(out.resolve("texts").resolve(file + ".txt"), text, StandardCharsets.UTF_8);
                Document dom = context
                        ? Jsoup.parse(new String(Files.readAllBytes(page), StandardCharsets.UTF_8), entry.getKey())
                        : null;
                for (ObjectNode segment : wrongSegments(file, text, entry.getValue(), dom)) {
                    lines.println(segment);
                }
            }
        }
    }

    private static List<ObjectNode> wrongSegments(String file, String text, JsonNode item, Document dom) {
        String result = WebEvaluation.normalise(text);
        List<ObjectNode> wrong = new ArrayList<>();
        for (JsonNode with : item.path("with")) {
            String segment = WebEvaluation.normalise(with.asText());
            if (!result.contains(segment)) {
                wrong.add(describe(file, "fn", segment, text, dom));
            }
        }
        for (JsonNode without : item.path("without")) {
            String segment = WebEvaluation.normalise(without.asText());
            if (result.contains(segment)) {
                wrong.add(describe(file, "fp", segment, text, dom));
            }
        }
        return wrong;
    }

    private static ObjectNode describe(String file, String kind, String segment, String text, Document dom) {
        ObjectNode node = JSON.createObjectNode();
        node.put("file", file).put("kind", kind).put("segment", segment);
        Element holder = dom == null ? null : innermostHolding(dom.body() == null ? dom : dom.body(), segment);
        if (holder != null) {
            node.put("tag", label(holder));
            node.put("path", path(holder));
            node.put("length", holder.text().length());
            node.put("links", linkShare(holder));
            node.put("holderText", abbreviate(holder.text(), 300));
        }
        if (kind.equals("fp")) {
            node.put("line", lineHolding(text, segment));
            node.put("at", text.isEmpty() ? 0 : (double) WebEvaluation.normalise(text).indexOf(segment)
                    / WebEvaluation.normalise(text).length());
        }
        return node;
    }

    /** The deepest element whose text holds the segment (or its first 40 characters, split over elements). */
    private static Element innermostHolding(Element root, String segment) {
        String probe = segment.length() > 40 ? segment.substring(0, 40) : segment;
        Element best = null;
        for (Element element : root.getAllElements()) {
            if (WebEvaluation.normalise(element.text()).contains(probe)) {
                best = element;
            }
        }
        return best;
    }

    private static String lineHolding(String text, String segment) {
        for (String line : text.split("\n")) {
            if (WebEvaluation.normalise(line).contains(segment)) {
                return abbreviate(line, 300);
            }
        }
        return "(spans lines)";
    }

    private static String path(Element element) {
        List<String> labels = new ArrayList<>();
        for (Element e = element; e != null && labels.size() < ANCESTORS; e = e.parent()) {
            labels.add(label(e));
        }
        return String.join(" < ", labels);
    }

    private static String label(Element e) {
        String classes = e.className().isBlank() ? "" : "." + e.className().trim().replaceAll("\\s+", ".");
        String id = e.id().isBlank() ? "" : "#" + e.id();
        return e.normalName() + classes + id;
    }

    private static double linkShare(Element element) {
        int length = element.text().length();
        int links = element.select("a").stream().mapToInt(a -> a.text().length()).sum();
        return length == 0 ? 0 : Math.min(1.0, (double) links / length);
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "...";
    }
}
