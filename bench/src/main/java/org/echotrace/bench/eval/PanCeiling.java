package org.echotrace.bench.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.echotrace.bench.eval.PanEvaluation.Annotation;
import org.echotrace.domain.Document;

/**
 * An oracle for a PAN folder: for each gold case it reports the characters that were really copied near
 * the gold offsets, found by exact character matching between the two texts. Its plagdet is the ceiling
 * for any detector that reports where the copies are: it is below 1 only when the gold offsets and lengths
 * do not point at the copied text (as in a copy of the corpus whose characters were changed after the
 * offsets were computed).
 */
final class PanCeiling {

    /** Characters searched on either side of a gold span for the copy it stands for. */
    static final int SLACK = 300;
    /** Length of the character grams matched; long enough to be unique within a window. */
    static final int GRAM = 16;
    /** Characters the copy may gain or lose against the source (mangled characters) and still count. */
    static final int DRIFT = 60;

    private PanCeiling() {
    }

    static List<Annotation> locate(Document susp, Document src, int pair, List<Annotation> cases) {
        List<Annotation> out = new ArrayList<>();
        for (Annotation c : cases) {
            Window s = Window.around(susp.text(), c.thisOffset(), c.thisLength());
            Window r = Window.around(src.text(), c.sourceOffset(), c.sourceLength());
            Annotation copy = copyBetween(s, r, pair);
            if (copy != null) {
                out.add(copy);
            }
        }
        return out;
    }

    private record Window(String text, int from, int to) {
        static Window around(String text, int offset, int length) {
            return new Window(text, Math.max(0, offset - SLACK), Math.min(text.length(), offset + length + SLACK));
        }
    }

    /**
     * From the first to the last gram the two windows share once each, keeping only grams on the copy's
     * diagonal (the median shift between the two texts, give or take {@link #DRIFT} characters of edits);
     * null when they share none.
     */
    private static Annotation copyBetween(Window s, Window r, int pair) {
        Map<String, Integer> inSource = new HashMap<>();
        for (int j = r.from; j + GRAM <= r.to; j++) {
            inSource.merge(r.text.substring(j, j + GRAM), j, (a, b) -> -1);
        }
        List<int[]> matches = new ArrayList<>();
        for (int i = s.from; i + GRAM <= s.to; i++) {
            Integer j = inSource.get(s.text.substring(i, i + GRAM));
            if (j != null && j >= 0) {
                matches.add(new int[] {i, j});
            }
        }
        if (matches.isEmpty()) {
            return null;
        }
        int[] shifts = matches.stream().mapToInt(m -> m[1] - m[0]).sorted().toArray();
        int shift = shifts[shifts.length / 2];
        List<int[]> onDiagonal = matches.stream().filter(m -> Math.abs(m[1] - m[0] - shift) <= DRIFT).toList();
        int[] first = onDiagonal.get(0);
        int[] last = onDiagonal.get(onDiagonal.size() - 1);
        return new Annotation(pair, first[0], last[0] + GRAM - first[0], first[1], last[1] + GRAM - first[1]);
    }
}
