package org.echotrace.reuse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.echotrace.text.TokenizedText;

/**
 * Joins the aligned chains of one document pair into maximal passages: one passage per copied stretch,
 * however many edits broke its shingles. Two alignments that follow each other on both sides with at most
 * {@code maxGap} words between them become one, the gap aligned word by word; an alignment overlapping the
 * previous one loses the overlapping words. Alignments in a different order on the two sides (reordered
 * paragraphs) stay separate passages.
 */
final class PassageMerger {

    private final int maxGap;

    PassageMerger(int maxGap) {
        this.maxGap = maxGap;
    }

    List<Alignment> merge(List<Alignment> aligned, TokenizedText a, TokenizedText b) {
        List<Alignment> sorted = new ArrayList<>(aligned);
        sorted.sort(Comparator.comparingInt(Alignment::firstA).thenComparingInt(Alignment::firstB));
        List<Alignment> out = new ArrayList<>();
        for (Alignment next : sorted) {
            if (out.isEmpty()) {
                out.add(next);
                continue;
            }
            Alignment last = out.get(out.size() - 1);
            if (next.firstB() <= last.firstB()) {
                // reordered text: keep it unless it only repeats what the last passage already covers
                if (next.lastA() > last.lastA() || next.firstB() < last.firstB() || next.lastB() > last.lastB()) {
                    out.add(next);
                }
                continue;
            }
            Alignment rest = after(next, last.lastA(), last.lastB()).trimmed(a, b);
            if (rest.size() == 0) {
                continue;
            }
            if (rest.firstA() - last.lastA() - 1 <= maxGap && rest.firstB() - last.lastB() - 1 <= maxGap) {
                Alignment joined = new Alignment();
                joined.addAll(last);
                WordAligner.global(a, last.lastA() + 1, rest.firstA(), b, last.lastB() + 1, rest.firstB(), joined);
                joined.addAll(rest);
                out.set(out.size() - 1, joined);
            } else {
                out.add(rest);
            }
        }
        return out;
    }

    /** The columns of {@code al} lying after word {@code lastA} of a and word {@code lastB} of b. */
    private static Alignment after(Alignment al, int lastA, int lastB) {
        Alignment out = new Alignment();
        for (int k = 0; k < al.size(); k++) {
            int ai = al.a(k);
            int bi = al.b(k);
            if ((ai == Alignment.GAP || ai > lastA) && (bi == Alignment.GAP || bi > lastB)) {
                out.add(ai, bi);
            }
        }
        return out;
    }
}
