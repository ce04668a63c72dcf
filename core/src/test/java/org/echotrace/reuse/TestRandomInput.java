package org.echotrace.reuse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.echotrace.Progress;
import org.echotrace.domain.ReuseSettings;
import org.echotrace.domain.Document;
import org.echotrace.domain.Passage;
import org.echotrace.domain.ReusePair;
import org.echotrace.text.TokenizedText;
import org.echotrace.text.WordTokenizer;
import org.junit.jupiter.api.Test;

/** Random characters (joiners, digits, non-ASCII, surrogates) must never break the pipeline. */
class TestRandomInput {

    private static final String ALPHABET = "aB9 -'’,.\n\t\u00e9\u00df\u0130\u2010\u2011\ud83d\ude00xyz\u0416\u4e2d";

    @Test
    void randomTextNeverThrowsAndOffsetsStayValid() {
        long seed = System.nanoTime();
        System.out.println("TestRandomInput seed " + seed);
        Random random = new Random(seed);
        List<Document> docs = new ArrayList<>();
        String shared = randomText(random, 400);
        for (int d = 0; d < 30; d++) {
            String text = randomText(random, random.nextInt(600));
            if (d % 3 == 0) {
                int cut = random.nextInt(text.length() + 1);
                text = text.substring(0, cut) + shared + text.substring(cut);
            }
            docs.add(Document.of("d" + d, text));
            TokenizedText t = WordTokenizer.tokenize(text);
            int last = 0;
            for (int i = 0; i < t.size(); i++) {
                assertTrue(t.start(i) >= last && t.start(i) < t.end(i) && t.end(i) <= text.length(), "seed " + seed);
                last = t.end(i);
            }
            for (int n = 2; n <= 6; n++) {
                assertTrue(Shingler.hashes(t, n).length == Math.max(0, t.size() - n + 1), "seed " + seed);
            }
            WordDiff.diff(text, shared);
        }
        List<ReusePair> pairs = new ReuseDetector(new ReuseSettings(3, 3, 50)).detect(docs, Progress.NONE);
        for (ReusePair p : pairs) {
            String ta = docs.stream().filter(x -> x.id().equals(p.a())).findFirst().orElseThrow().text();
            String tb = docs.stream().filter(x -> x.id().equals(p.b())).findFirst().orElseThrow().text();
            for (Passage x : p.passages()) {
                assertTrue(x.a().end() <= ta.length() && x.b().end() <= tb.length(), "seed " + seed);
                assertTrue(x.identity() > 0 && x.identity() <= 1, "seed " + seed);
            }
        }
    }

    private static String randomText(Random random, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
