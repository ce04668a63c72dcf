package org.echotrace.nlp.attribution;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.echotrace.nlp.parse.Parser;

/** Developer tool: per attribution shape, how many cues it yields and how many match a gold cue exactly. Not a test. */
public final class ShapePrecision {
    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        Parser parser = Parser.cachedInDefaultPlace();
        AttributionFinder finder = new AttributionFinder();
        Map<String, int[]> counts = new TreeMap<>();
        try (Stream<Path> texts = Files.list(folder.resolve("text"))) {
            for (Path textFile : texts.sorted().toList()) {
                String name = textFile.getFileName().toString().replace(".txt", "");
                String text = Files.readString(textFile, StandardCharsets.UTF_8);
                Set<String> gold = new HashSet<>();
                try (Stream<Path> anns = Files.list(folder.resolve("attributions"))) {
                    for (Path ann : anns.filter(p -> p.getFileName().toString().startsWith(name + "_")).toList()) {
                        for (String line : Files.readAllLines(ann)) {
                            String[] f = line.split("\t");
                            if (f.length > 1 && f[1].startsWith("Cue ")) {
                                gold.add(f[1].substring(4));
                            }
                        }
                    }
                }
                for (Candidate c : finder.candidates(text, parser.parse(text, null))) {
                    int[] n = counts.computeIfAbsent(c.shape(), k -> new int[2]);
                    n[0]++;
                    n[1] += gold.contains(c.cue().start() + " " + c.cue().end()) ? 1 : 0;
                }
            }
        }
        counts.forEach((shape, n) -> System.out.printf("%-30s %5d %5d %.3f%n", shape, n[0], n[1], n[1] / (double) n[0]));
    }
}
