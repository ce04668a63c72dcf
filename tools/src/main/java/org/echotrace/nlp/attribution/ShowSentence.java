package org.echotrace.nlp.attribution;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.echotrace.domain.Document;
import org.echotrace.nlp.parse.ParsedSentence;
import org.echotrace.nlp.parse.Parser;

/** Developer tool: basic dependencies and attributions of the sentences of FILE containing TEXT. Not a test. */
public final class ShowSentence {
    public static void main(String[] args) throws Exception {
        String text = Files.readString(Path.of(args[0]));
        Annotation ann = Parser.cachedInDefaultPlace().parse(text, null);
        for (CoreMap s : ann.get(CoreAnnotations.SentencesAnnotation.class)) {
            if (s.get(CoreAnnotations.TextAnnotation.class).contains(args[1])) {
                System.out.println(s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class).toString(
                        edu.stanford.nlp.semgraph.SemanticGraph.OutputFormat.LIST));
                ParsedSentence ps = ParsedSentence.of(s);
                for (int i = 1; i <= ps.tokens().size(); i++) {
                    System.out.printf("P %s %.2f%n", ps.token(i).word(), CueModel.bundled().probability(ps, i));
                }
                SemgrexRules.matches(ps, (node, shape) -> CueModel.bundled().isCue(CueModel.bundled().probability(ps, node.index()), shape)).values().stream().flatMap(List::stream).forEach(m -> System.out.println("MATCH " + m.rule().name()
                        + " " + m.cue() + " " + m.source() + " " + m.content() + " -> "
                        + AttributionSpans.of(text, QuoteFinder.find(text), ps, m, CueLexicon.bundled())));
                QuoteFinder.find(text).stream().filter(q -> q.end() > ps.start() && q.start() < ps.end())
                        .forEach(q -> System.out.println("QUOTE " + q));
            }
        }
        new AttributionFinder().find(Document.of("x", text), ann).stream()
                .filter(a -> text.substring(Math.max(0, a.cue().start() - 300), Math.min(text.length(), a.cue().end() + 300)).contains(args[1]))
                .forEach(System.out::println);
    }
}
