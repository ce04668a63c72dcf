package org.echotrace.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.echotrace.nlp.parse.Parser;

/** Developer tool: prints tokens, NER, timex and dependencies of a text file. Not a test. */
public final class DumpParse {
    public static void main(String[] args) throws Exception {
        String text = Files.readString(Path.of(args[0]));
        LocalDate date = args.length > 1 ? LocalDate.parse(args[1]) : null;
        Annotation ann = Parser.cachedInDefaultPlace().parse(text, date);
        for (CoreMap s : ann.get(CoreAnnotations.SentencesAnnotation.class)) {
            System.out.println("== " + s.get(CoreAnnotations.TextAnnotation.class));
            for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
                String timex = t.get(edu.stanford.nlp.time.TimeAnnotations.TimexAnnotation.class) == null ? ""
                        : " TIMEX=" + t.get(edu.stanford.nlp.time.TimeAnnotations.TimexAnnotation.class).value();
                System.out.print(t.word() + "/" + t.tag() + "/" + t.ner() + timex + " ");
            }
            System.out.println();
            SemanticGraph g = s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
            if (args.length > 2 && g != null) {
                System.out.println(g.toList());
            }
        }
        for (CoreMap m : ann.get(CoreAnnotations.MentionsAnnotation.class)) {
            System.out.println("MENTION " + m.get(CoreAnnotations.TextAnnotation.class) + " " + m.get(CoreAnnotations.NamedEntityTagAnnotation.class)
                    + " " + m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class));
        }
    }
}
