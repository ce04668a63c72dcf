package org.echotrace.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.echotrace.nlp.parse.Parser;

/** Developer tool: prints the DATE/TIME mentions of a text (or a file) with their timex, parsed through the cache. Not a test. */
public final class TimexProbe {
    public static void main(String[] args) throws Exception {
        String text = Files.isRegularFile(Path.of(args[0])) ? Files.readString(Path.of(args[0])) : args[0];
        LocalDate date = args.length > 1 && !args[1].equals("-") ? LocalDate.parse(args[1]) : null;
        Parser parser = args.length > 2 ? Parser.uncached() : Parser.cachedInDefaultPlace();
        Annotation ann = parser.parse(text, date);
        for (CoreMap m : ann.get(CoreAnnotations.MentionsAnnotation.class)) {
            Timex t = m.get(TimeAnnotations.TimexAnnotation.class);
            if (t == null) {
                continue;
            }
            System.out.println(m.get(CoreAnnotations.TextAnnotation.class) + " | " + m.get(CoreAnnotations.NamedEntityTagAnnotation.class)
                    + " | type=" + t.timexType() + " val=" + t.value() + " alt=" + t.altVal() + " | " + (args.length > 2 ? t.toString() : ""));
        }
    }
}
