package org.echotrace.bench.eval;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.echotrace.domain.Attribution;
import org.echotrace.domain.Document;
import org.echotrace.domain.Span;
import org.echotrace.nlp.CoreNlpLanguageAnalyzer;
import org.echotrace.nlp.parse.Parser;

/**
 * Developer tool, not a test: buckets the cue and source errors of the finder on the cached articles of a
 * PolNeAR folder (first annotator). A predicted span that is not exact is too long (holds a gold span), too
 * short (inside one), crossing one, or spurious; a gold span not found is found too long / too short /
 * crossing, or missing, and a missing source is split by whether its attribution's cue was found. For the
 * boundary buckets the words on either side that make the difference are counted, which is where the
 * annotation conventions show.
 * {@code AttributionErrors FOLDER seen|unseen|all [ARTICLES_FILE]} ({@link TrainPart}); {@code -Dexamples=1}
 * also lists the spans of each bucket.
 */
public final class AttributionErrors {

    private final Map<String, Integer> buckets = new HashMap<>();
    private final Map<String, Integer> differences = new HashMap<>();
    private final List<String> examples = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        String part = args.length > 1 ? args[1] : "seen";
        Parser parser = Parser.cachedInDefaultPlace();
        CoreNlpLanguageAnalyzer analyzer = new CoreNlpLanguageAnalyzer(parser);
        AttributionErrors errors = new AttributionErrors();
        int articles = 0;
        java.util.Set<String> chosen = TrainPart.cached(folder, part, args.length > 2 ? Path.of(args[2]) : null, parser);
        for (Map.Entry<String, List<Path>> article : PolnearEvaluation.annotationsByArticle(folder.resolve("attributions")).entrySet()) {
            if (!chosen.contains(article.getKey())) {
                continue;
            }
            String text = Files.readString(folder.resolve("text").resolve(article.getKey() + ".txt"), StandardCharsets.UTF_8);
            List<Attribution> predicted = analyzer.extract(Document.of(article.getKey(), text));
            errors.add(text, predicted, Gold.read(article.getValue().get(0)));
            articles++;
        }
        System.out.println(articles + " articles");
        errors.print(System.getProperty("examples") != null);
    }

    /** The gold attributions of one annotator: cue and source span (source maybe null) per attribution. */
    record Gold(List<Span> cues, List<Span> sources, List<Span> contents, Map<Span, Span> cueOfSource) {
        static Gold read(Path ann) throws java.io.IOException {
            Map<String, Span> byId = new HashMap<>();
            List<Span> cues = new ArrayList<>();
            List<Span> sources = new ArrayList<>();
            List<Span> contents = new ArrayList<>();
            Map<Span, Span> cueOfSource = new HashMap<>();
            List<String> lines = Files.readAllLines(ann, StandardCharsets.UTF_8);
            for (String line : lines) {
                String[] f = line.split("\t");
                if (f.length > 1 && f[0].startsWith("T")) {
                    int space = f[1].indexOf(' ');
                    Span first = BratAttributions.fragments(f[1].substring(space + 1)).get(0);
                    byId.put(f[0], first);
                    if (f[1].startsWith("Cue ")) {
                        cues.add(first);
                    } else if (f[1].startsWith("Source ")) {
                        sources.add(first);
                    } else if (f[1].startsWith("Content ")) {
                        contents.add(first);
                    }
                }
            }
            for (String line : lines) {
                String[] f = line.split("\t");
                if (f.length > 1 && f[0].startsWith("E")) {
                    Span cue = null;
                    Span source = null;
                    for (String arg : f[1].split(" ")) {
                        String[] kv = arg.split(":");
                        if (kv[0].equals("Cue")) {
                            cue = byId.get(kv[1]);
                        } else if (kv[0].equals("Source")) {
                            source = byId.get(kv[1]);
                        }
                    }
                    if (cue != null && source != null) {
                        cueOfSource.put(source, cue);
                    }
                }
            }
            return new Gold(cues, sources, contents, cueOfSource);
        }
    }

    void add(String text, List<Attribution> predicted, Gold gold) {
        List<Span> cues = predicted.stream().map(a -> a.cue().span()).toList();
        List<Span> sources = predicted.stream().filter(a -> a.source() != null)
                .map(a -> new Span(a.source().start(), a.source().end())).toList();
        compare("cue", text, cues, gold.cues(), null);
        // contents by their first fragment, as the boundary conventions show there
        compare("content", text, predicted.stream().map(a -> a.content().span()).toList(), gold.contents(), null);
        compare("source", text, sources, gold.sources(), s -> {
            Span cue = gold.cueOfSource().get(s);
            if (cue == null) {
                return "no cue";
            }
            return cues.contains(cue) ? "cue exact" : cues.stream().anyMatch(c -> c.overlaps(cue)) ? "cue overlaps" : "cue missing";
        });
    }

    private void compare(String role, String text, List<Span> predicted, List<Span> gold,
                         java.util.function.Function<Span, String> missingWhy) {
        for (Span p : predicted) {
            String bucket = gold.contains(p) ? "exact" : relation(p, gold);
            count(role + " predicted " + bucket);
            if (bucket.equals("spurious")) {
                examples.add(role + " spurious: [" + text.substring(p.start(), p.end()) + "] in " + context(text, p));
            }
            gold.stream().filter(g -> !g.equals(p) && g.overlaps(p)).findFirst().ifPresent(g -> {
                difference(role, text, p, g);
                examples.add(role + " boundary: [" + text.substring(p.start(), p.end()) + "] gold ["
                        + text.substring(g.start(), g.end()) + "]");
            });
        }
        for (Span g : gold) {
            String bucket = predicted.contains(g) ? "exact" : relation(g, predicted);
            if (bucket.equals("spurious")) {
                bucket = "missing" + (missingWhy == null ? "" : ", " + missingWhy.apply(g));
                examples.add(role + " " + bucket + ": [" + text.substring(g.start(), g.end()) + "] in "
                        + context(text, g));
            }
            count(role + " gold " + bucket);
        }
    }

    /** How a span stands to the nearest overlapping span of the other side. */
    private static String relation(Span s, List<Span> others) {
        for (Span o : others) {
            if (o.overlaps(s)) {
                if (s.start() <= o.start() && s.end() >= o.end()) {
                    return "too long";
                }
                if (s.start() >= o.start() && s.end() <= o.end()) {
                    return "too short";
                }
                return "crossing";
            }
        }
        return "spurious";
    }

    /** The words a predicted span has beyond the gold one, or lacks, on each side. */
    private void difference(String role, String text, Span p, Span g) {
        if (p.start() < g.start()) {
            differences.merge(role + " extra left  [" + norm(text.substring(p.start(), g.start())) + "]", 1, Integer::sum);
        } else if (p.start() > g.start()) {
            differences.merge(role + " lacks left  [" + norm(text.substring(g.start(), p.start())) + "]", 1, Integer::sum);
        }
        if (p.end() > g.end()) {
            differences.merge(role + " extra right [" + norm(text.substring(g.end(), p.end())) + "]", 1, Integer::sum);
        } else if (p.end() < g.end()) {
            differences.merge(role + " lacks right [" + norm(text.substring(p.end(), g.end())) + "]", 1, Integer::sum);
        }
    }

    private static String norm(String s) {
        String t = s.strip().toLowerCase();
        return t.length() > 40 ? "<" + t.split("\\s+").length + " words>" : t;
    }

    private static String context(String text, Span s) {
        int from = Math.max(text.lastIndexOf('\n', s.start()) + 1, s.start() - 60);
        int end = text.indexOf('\n', s.end());
        int to = Math.min(end < 0 ? text.length() : end, s.end() + 60);
        return text.substring(from, to).replace('\n', ' ');
    }

    private void count(String bucket) {
        buckets.merge(bucket, 1, Integer::sum);
    }

    void print(boolean withExamples) {
        buckets.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> System.out.println(e.getKey() + "\t" + e.getValue()));
        System.out.println("== differences (predicted against overlapping gold)");
        differences.entrySet().stream().filter(e -> e.getValue() > 2)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(120)
                .forEach(e -> System.out.println(e.getValue() + "\t" + e.getKey()));
        if (withExamples) {
            examples.forEach(System.out::println);
        }
    }
}
