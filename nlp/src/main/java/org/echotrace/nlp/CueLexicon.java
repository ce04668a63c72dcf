package org.echotrace.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Words that mark an attribution ("said", "told", "according to", "claimed"), as lemma and word class. The
 * list is learnt from PolNeAR's training articles (bench's {@code CueLexiconBuilder}): for every lemma, how
 * often it heads an annotated cue against how often it occurs at all. A word counts as a cue when it heads
 * one often enough, so "said" does and "went" does not.
 */
public final class CueLexicon {

    static final String RESOURCE = "cue-lexicon.tsv";

    /** Share of a word's occurrences that must be cues (tuned on PolNeAR train). */
    static final double MIN_SHARE = 0.30;
    /** Fewer annotated cues than this say too little about a word. */
    static final double MIN_CUES = 3;

    private final Map<String, Double> shares;

    private CueLexicon(Map<String, Double> shares) {
        this.shares = Map.copyOf(shares);
    }

    /** The lexicon shipped with echotrace. */
    static CueLexicon bundled() {
        return Holder.BUNDLED;
    }

    private static final class Holder {
        static final CueLexicon BUNDLED = load(MIN_SHARE, MIN_CUES);
    }

    static CueLexicon load(double minShare, double minCues) {
        try (InputStream in = CueLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), minShare, minCues);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines {@code lemma<TAB>class<TAB>cues<TAB>occurrences}; {@code #} starts a comment. */
    static CueLexicon parse(BufferedReader reader, double minShare, double minCues) throws IOException {
        Map<String, Double> shares = new HashMap<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            double cues = Double.parseDouble(f[2]);
            double share = cues / Math.max(1, Double.parseDouble(f[3]));
            if (cues >= minCues && share >= minShare) {
                shares.put(f[0] + "\t" + f[1], share);
            }
        }
        return new CueLexicon(shares);
    }

    boolean isCue(CoreLabel token) {
        return shares.containsKey(keyOf(token));
    }

    /** How reliably the token's word is a cue, 0 when it is not one. */
    double share(CoreLabel token) {
        return shares.getOrDefault(keyOf(token), 0.0);
    }

    /** The lexicon's key for a token: lower-case lemma and coarse word class. */
    public static String keyOf(CoreLabel token) {
        return lemmaOf(token) + "\t" + wordClass(token.tag());
    }

    public static String lemmaOf(CoreLabel token) {
        String lemma = token.lemma() != null ? token.lemma() : token.word();
        return lemma.toLowerCase(Locale.ROOT);
    }

    /** V(erb), N(oun), J (adjective), R (adverb), P(reposition) or O(ther), from a Penn tag. */
    public static String wordClass(String tag) {
        if (tag == null || tag.isEmpty()) {
            return "O";
        }
        return switch (tag.charAt(0)) {
            case 'V', 'M' -> "V";
            case 'N' -> "N";
            case 'J' -> "J";
            case 'R' -> "R";
            case 'I', 'T' -> "P";
            default -> "O";
        };
    }
}
