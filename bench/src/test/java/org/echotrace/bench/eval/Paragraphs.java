package org.echotrace.bench.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Ways of combining two extractors' texts paragraph by paragraph, for {@link WebExtractorProbe}. */
final class Paragraphs {
    static int minAdded = 0;

    private Paragraphs() {
    }

    static List<String> split(String text) {
        return Arrays.stream(text.split("\n\\s*\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    static String norm(String text) {
        return WebEvaluation.normalise(text);
    }

    /** {@code own} with the paragraphs of {@code other} that it lacks, each put where {@code other} has it. */
    static String union(String own, String other) {
        List<String> ours = split(own);
        List<String> oursNorm = ours.stream().map(Paragraphs::norm).toList();
        String ownNorm = norm(own);
        List<String> result = new ArrayList<>();
        int next = 0;
        for (String paragraph : split(other)) {
            String p = norm(paragraph);
            int match = -1;
            for (int j = next; j < ours.size() && match < 0; j++) {
                if (oursNorm.get(j).contains(p) || (oursNorm.get(j).length() >= 25 && p.contains(oursNorm.get(j)))) {
                    match = j;
                }
            }
            if (match >= 0) {
                result.addAll(ours.subList(next, match + 1));
                next = match + 1;
            } else if (!ownNorm.contains(p) && !overlapsAny(p, oursNorm) && p.length() >= minAdded) {
                result.add(paragraph);
            }
        }
        result.addAll(ours.subList(next, ours.size()));
        return String.join("\n\n", result);
    }

    private static boolean overlapsAny(String p, List<String> ours) {
        return ours.stream().anyMatch(o -> o.length() >= 25 && p.contains(o));
    }

    /** {@code own}'s paragraphs that one of {@code others} (those of article size) holds too. */
    static String agreed(String own, List<String> others) {
        return agreed(own, others, Integer.MAX_VALUE);
    }

    /** Whitespace removed: extractors differ in the spaces they put around inline elements. */
    static String squash(String text) {
        return text.replaceAll("(?U)\\s+", "");
    }

    /** As {@link #agreed(String, List)}, but only paragraphs shorter than {@code maxDropped} can go. */
    static String agreed(String own, List<String> others, int maxDropped) {
        List<String> voters = others.stream().filter(o -> o.length() >= 250).map(Paragraphs::squash).toList();
        if (voters.isEmpty()) {
            return own;
        }
        List<String> kept = split(own).stream()
                .filter(p -> p.length() >= maxDropped || voters.stream().anyMatch(v -> v.contains(squash(p))))
                .toList();
        return String.join("\n\n", kept);
    }

    /** {@code own} with those paragraphs of {@code other} it lacks that {@code witness} holds too. */
    static String witnessedUnion(String own, String other, String witness) {
        String w = squash(witness);
        String filtered = String.join("\n\n", split(other).stream()
                .filter(p -> norm(own).contains(norm(p)) || w.contains(squash(p))).toList());
        return union(own, filtered);
    }
}
