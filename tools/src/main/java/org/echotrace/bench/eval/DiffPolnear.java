package org.echotrace.bench.eval;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.echotrace.domain.Attribution;
import org.echotrace.domain.Document;
import org.echotrace.domain.Span;
import org.echotrace.nlp.CoreNlpLanguageAnalyzer;
import org.echotrace.nlp.parse.Parser;

/** Developer tool: predicted against gold spans (first annotator) for articles NAME_PREFIX*. Not a test. */
public final class DiffPolnear {
    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        CoreNlpLanguageAnalyzer analyzer = new CoreNlpLanguageAnalyzer(Parser.cachedInDefaultPlace());
        List<Path> anns = new ArrayList<>();
        try (Stream<Path> s = Files.list(folder.resolve("attributions"))) {
            s.filter(p -> java.util.Arrays.stream(args).skip(1).anyMatch(a -> p.getFileName().toString().startsWith(a))).sorted().forEach(anns::add);
        }
        String done = "";
        for (Path ann : anns) {
            String name = ann.getFileName().toString();
            String article = name.substring(0, name.lastIndexOf('_'));
            if (article.equals(done)) {
                continue;
            }
            done = article;
            String text = Files.readString(folder.resolve("text").resolve(article + ".txt"), StandardCharsets.UTF_8);
            BratAttributions gold = BratAttributions.read(ann);
            System.out.println("=== " + article);
            List<Attribution> predicted = analyzer.extract(Document.of(article, text));
            for (String role : List.of("CUE", "SOURCE", "CONTENT")) {
                BratAttributions.Role r = BratAttributions.Role.valueOf(role);
                for (List<Span> g : gold.of(r)) {
                    boolean found = predicted.stream().anyMatch(a -> switch (r) {
                        case CUE -> List.of(a.cue().span()).equals(g);
                        case CONTENT -> List.of(a.content().span()).equals(g);
                        case SOURCE -> a.source() != null && List.of(new Span(a.source().start(), a.source().end())).equals(g);
                    });
                    System.out.println("G " + role + " " + (found ? "+" : "-") + " " + show(text, g) + " @" + context(text, g.get(0)));
                }
            }
            for (Attribution a : predicted) {
                List<Span> cue = List.of(a.cue().span());
                List<Span> content = List.of(a.content().span());
                List<Span> source = a.source() == null ? null : List.of(new Span(a.source().start(), a.source().end()));
                System.out.println("P " + mark(gold, BratAttributions.Role.CUE, cue) + "[" + a.cue().text() + "] "
                        + (source == null ? "-" : mark(gold, BratAttributions.Role.SOURCE, source) + "[" + a.source().text() + "]/" + a.source().kind().label()
                        + (a.source().refersTo() == null ? "" : "=" + a.source().refersTo().text()))
                        + " " + mark(gold, BratAttributions.Role.CONTENT, content) + "[" + cut(a.content().text()) + "]"
                        + (a.via() == null ? "" : " via " + a.via()));
                if (mark(gold, BratAttributions.Role.CONTENT, content).equals("~")) {
                    gold.of(BratAttributions.Role.CONTENT).stream()
                            .filter(g -> g.stream().anyMatch(x -> content.get(0).overlaps(x)))
                            .forEach(g -> System.out.println("  GC " + show(text, g)));
                }
            }
        }
    }

    private static String mark(BratAttributions gold, BratAttributions.Role role, List<Span> p) {
        if (gold.of(role).contains(p)) {
            return "+";
        }
        return gold.of(role).stream().anyMatch(g -> g.stream().anyMatch(x -> p.get(0).overlaps(x))) ? "~" : "-";
    }

    private static String show(String text, List<Span> spans) {
        StringBuilder b = new StringBuilder();
        for (Span s : spans) {
            b.append('[').append(cut(text.substring(s.start(), s.end()))).append(']');
        }
        return b.toString();
    }

    private static String context(String text, Span s) {
        int from = Math.max(text.lastIndexOf('\n', s.start()) + 1, s.start() - 80);
        int to = Math.min(text.indexOf('\n', s.end()) < 0 ? text.length() : text.indexOf('\n', s.end()), s.end() + 80);
        return text.substring(from, to).replace('\n', ' ');
    }

    private static String cut(String s) {
        return s.length() > 90 ? s.substring(0, 60) + " ... " + s.substring(s.length() - 25) : s;
    }
}
