package org.echotrace.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.nio.file.Files;
import java.nio.file.Path;
import org.echotrace.domain.Document;

/** Developer tool: basic dependencies and attributions of the sentences of FILE containing TEXT. Not a test. */
public final class ShowSentence {
    public static void main(String[] args) throws Exception {
        String text = Files.readString(Path.of(args[0]));
        Annotation ann = Parser.cachedInDefaultPlace().parse(text, null);
        for (CoreMap s : ann.get(CoreAnnotations.SentencesAnnotation.class)) {
            if (s.get(CoreAnnotations.TextAnnotation.class).contains(args[1])) {
                System.out.println(s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class).toString(
                        edu.stanford.nlp.semgraph.SemanticGraph.OutputFormat.LIST));
            }
        }
        new AttributionFinder().find(Document.of("x", text), ann).stream()
                .filter(a -> text.substring(Math.max(0, a.cue().start() - 300), Math.min(text.length(), a.cue().end() + 300)).contains(args[1]))
                .forEach(System.out::println);
    }
}
