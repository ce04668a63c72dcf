package org.echotrace.bench.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.echotrace.Progress;
import org.echotrace.bench.DataPaths;
import org.echotrace.bench.Json;
import org.echotrace.domain.ReuseSettings;
import org.echotrace.domain.Document;
import org.echotrace.domain.Passage;
import org.echotrace.domain.ReusePair;
import org.echotrace.reuse.ReuseDetector;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Scores the detector on a PAN text-alignment folder ({@code pairs}, {@code susp/}, {@code src/},
 * {@code truth/SUSP-SRC.xml}) with PAN's plagdet (Potthast et al. 2010): character-level precision
 * macro-averaged over detections, recall macro-averaged over cases, granularity (detections per detected
 * case) and plagdet = F1 / log2(1 + granularity). Cases and detections of all pairs are pooled.
 */
public final class PanEvaluation {

    /** A plagiarism case or a detection: characters in the suspicious and in the source document. */
    record Annotation(int pair, int thisOffset, int thisLength, int sourceOffset, int sourceLength) {
        int length() {
            return thisLength + sourceLength;
        }

        boolean overlaps(Annotation o) {
            return pair == o.pair
                    && thisOffset < o.thisOffset + o.thisLength && o.thisOffset < thisOffset + thisLength
                    && sourceOffset < o.sourceOffset + o.sourceLength && o.sourceOffset < sourceOffset + sourceLength;
        }
    }

    public record Result(int pairs, int cases, int detections, double precision, double recall,
                         double granularity, double plagdet, ReuseSettings settings) {
        public String toJson() {
            return Json.of(this);
        }
    }

    private final ReuseSettings settings;

    public PanEvaluation(ReuseSettings settings) {
        this.settings = settings;
    }

    /** Evaluates the first {@code limit} pairs of the folder (all when {@code limit <= 0}). */
    public Result evaluate(Path folder, int limit) throws IOException {
        ReuseDetector detector = new ReuseDetector(settings);
        return evaluate(folder, limit, (susp, src, pair, cases) -> detect(detector, susp, src, pair));
    }

    /**
     * The score of a detector that knows every gold case and reports exactly the characters that were
     * copied near it ({@link PanCeiling}): the most any detector reporting the real copies can reach when
     * the gold offsets do not point at them.
     */
    public Result ceiling(Path folder, int limit) throws IOException {
        return evaluate(folder, limit, PanCeiling::locate);
    }

    /** Detections for one pair; {@code cases} are its gold cases (only the ceiling may look at them). */
    interface PairDetector {
        List<Annotation> detect(Document susp, Document src, int pair, List<Annotation> cases);
    }

    private Result evaluate(Path folder, int limit, PairDetector detector) throws IOException {
        List<String> lines = Files.readAllLines(folder.resolve("pairs"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toList();
        if (limit > 0 && limit < lines.size()) {
            lines = lines.subList(0, limit);
        }
        List<Annotation> cases = new ArrayList<>();
        List<Annotation> detections = new ArrayList<>();
        for (int p = 0; p < lines.size(); p++) {
            String[] names = lines.get(p).trim().split("\\s+");
            List<Annotation> pairCases =
                    truth(folder.resolve("truth").resolve(stem(names[0]) + "-" + stem(names[1]) + ".xml"), p);
            cases.addAll(pairCases);
            detections.addAll(detector.detect(read(folder, "susp", names[0]), read(folder, "src", names[1]),
                    p, pairCases));
        }
        return score(lines.size(), cases, detections, settings);
    }

    /** The raw file exactly as given, since the gold offsets point into it. */
    private static Document read(Path folder, String side, String name) throws IOException {
        return Document.of(name, Files.readString(folder.resolve(side).resolve(name), StandardCharsets.UTF_8));
    }

    private static String stem(String file) {
        return file.endsWith(".txt") ? file.substring(0, file.length() - 4) : file;
    }

    /** Passages as detections. */
    private static List<Annotation> detect(ReuseDetector detector, Document s, Document o, int pair) {
        List<Annotation> out = new ArrayList<>();
        for (ReusePair rp : detector.detect(List.of(s, o), Progress.NONE)) {
            boolean suspIsA = rp.a().equals(s.id());
            for (Passage x : rp.passages()) {
                var inSusp = suspIsA ? x.a() : x.b();
                var inSrc = suspIsA ? x.b() : x.a();
                out.add(new Annotation(pair, inSusp.start(), inSusp.length(), inSrc.start(), inSrc.length()));
            }
        }
        return out;
    }

    private static List<Annotation> truth(Path xml, int pair) throws IOException {
        List<Annotation> out = new ArrayList<>();
        if (!Files.exists(xml)) {
            return out;
        }
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList features = factory.newDocumentBuilder().parse(xml.toFile()).getElementsByTagName("feature");
            for (int i = 0; i < features.getLength(); i++) {
                Element f = (Element) features.item(i);
                if ("plagiarism".equals(f.getAttribute("name"))) {
                    out.add(new Annotation(pair, num(f, "this_offset"), num(f, "this_length"),
                            num(f, "source_offset"), num(f, "source_length")));
                }
            }
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IOException("cannot read " + xml + ": " + e.getMessage(), e);
        }
        return out;
    }

    private static int num(Element e, String attribute) {
        return Integer.parseInt(e.getAttribute(attribute).trim());
    }

    /** PAN's measures over pooled cases and detections. */
    static Result score(int pairs, List<Annotation> cases, List<Annotation> detections, ReuseSettings settings) {
        double precision;
        double recall;
        if (cases.isEmpty() && detections.isEmpty()) {
            precision = 1;
            recall = 1;
        } else if (cases.isEmpty() || detections.isEmpty()) {
            precision = 0;
            recall = 0;
        } else {
            recall = cases.stream().mapToDouble(s -> covered(s, detections)).average().orElse(0);
            if (Boolean.getBoolean("pan.debug")) {
                cases.stream().filter(s -> covered(s, detections) < 0.9)
                        .forEach(s -> System.err.println("missed " + s + " recall " + covered(s, detections)));
                detections.stream().filter(r -> covered(r, cases) < 0.9)
                        .forEach(r -> System.err.println("spurious " + r + " precision " + covered(r, cases)));
            }
            precision = detections.stream().mapToDouble(r -> covered(r, cases)).average().orElse(0);
        }
        long detected = 0;
        long detectionsOfDetected = 0;
        for (Annotation s : cases) {
            long n = detections.stream().filter(s::overlaps).count();
            if (n > 0) {
                detected++;
                detectionsOfDetected += n;
            }
        }
        double granularity = detected == 0 ? 1 : (double) detectionsOfDetected / detected;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        double plagdet = f1 / (Math.log(1 + granularity) / Math.log(2));
        return new Result(pairs, cases.size(), detections.size(), precision, recall, granularity, plagdet, settings);
    }

    /**
     * Share of {@code x}'s characters (on both sides) that lie in some annotation of {@code others} that
     * overlaps it on both sides: for a case, the detections detecting it; for a detection, the cases it detects.
     */
    private static double covered(Annotation x, List<Annotation> others) {
        BitSet inThis = new BitSet();
        BitSet inSource = new BitSet();
        for (Annotation o : others) {
            if (x.overlaps(o)) {
                mark(inThis, x.thisOffset, x.thisLength, o.thisOffset, o.thisLength);
                mark(inSource, x.sourceOffset, x.sourceLength, o.sourceOffset, o.sourceLength);
            }
        }
        return x.length() == 0 ? 0 : (double) (inThis.cardinality() + inSource.cardinality()) / x.length();
    }

    private static void mark(BitSet bits, int offset, int length, int otherOffset, int otherLength) {
        int from = Math.max(offset, otherOffset);
        int to = Math.min(offset + length, otherOffset + otherLength);
        if (to > from) {
            bits.set(from - offset, to - offset);
        }
    }

    /** {@code PanEvaluation [folder] [limit] [ngram minWords maxDf]}: prints the result as one JSON line. */
    public static void main(String[] args) throws IOException {
        Path folder = args.length > 0 ? Path.of(args[0]) : DataPaths.require("pan13-verbatim");
        int limit = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        ReuseSettings settings = args.length > 4
                ? new ReuseSettings(Integer.parseInt(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]))
                : ReuseSettings.DEFAULTS;
        System.out.println(new PanEvaluation(settings).evaluate(folder, limit).toJson());
    }
}
