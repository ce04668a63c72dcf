package org.echotrace.nlp.attribution;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.Morphology;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.echotrace.nlp.BundledResources;

/**
 * Words that mark an attribution ("said", "told", "according to", "claimed"), by verb stem and by form. The list is
 * learnt from PolNeAR's training articles (bench's {@code CueLexiconBuilder}): for every stem, how often a
 * word with it stands in an annotated cue against how often it occurs at all. A word counts as a cue when
 * it is one often enough, so "said" does and "went" does not; the finder adds the grammar (a subject, a
 * complement) that tells a use as a cue from other uses.
 */
public final class CueLexicon {

    static final String RESOURCE = "cue-lexicon.tsv";
    static final String REPORTING_VERBS = "reporting-verbs.txt";

    /**
     * Share of a word's occurrences (outside quotations) that must be cues, and the fewest cues that say
     * anything. Tuned on PolNeAR train with a lexicon learnt from the rest of train (docs/evaluation.md).
     */
    static final double MIN_SHARE = 0.30;
    static final double MIN_CUES = 2;

    private final Map<String, Double> shares;

    private CueLexicon(Map<String, Double> shares) {
        this.shares = Map.copyOf(shares);
    }

    /** The lexicon shipped with echotrace: the learnt one and the general verbs of reporting. */
    static CueLexicon bundled() {
        return Holder.BUNDLED;
    }

    /** Every learnt word with enough cues whatever its share, for the cue model's word prior. */
    static CueLexicon bundledShares() {
        return Holder.SHARES;
    }

    private static final class Holder {
        static final CueLexicon BUNDLED = load(MIN_SHARE, MIN_CUES).withAll(lines(REPORTING_VERBS));
        static final CueLexicon SHARES = load(0, MIN_CUES).withAll(lines(REPORTING_VERBS));
    }

    static CueLexicon load(double minShare, double minCues) {
        try (BufferedReader reader = open(RESOURCE)) {
            return parse(reader, minShare, minCues);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** This lexicon and the given stems, each as a sure cue. */
    CueLexicon withAll(List<String> stems) {
        Map<String, Double> merged = new HashMap<>(shares);
        stems.forEach(stem -> merged.put(stem, 1.0));
        return new CueLexicon(merged);
    }

    private static List<String> lines(String resource) {
        try (BufferedReader reader = open(resource)) {
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedReader open(String resource) {
        InputStream in = BundledResources.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** Lines {@code stem-or-=form<TAB>cues<TAB>occurrences}; {@code #} starts a comment. */
    static CueLexicon parse(BufferedReader reader, double minShare, double minCues) throws IOException {
        Map<String, Double> shares = new HashMap<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            double cues = Double.parseDouble(f[1]);
            double share = cues / Math.max(1, Double.parseDouble(f[2]));
            if (cues >= minCues && share >= minShare) {
                shares.put(f[0], share);
            }
        }
        return new CueLexicon(shares);
    }

    /** The share of the word's occurrences that are cues, the larger of its form's and its stem's (0: unknown). */
    double share(CoreLabel token) {
        return Math.max(shares.getOrDefault(formKeyOf(token.word()), 0.0), shares.getOrDefault(keyOf(token.word()), 0.0));
    }

    /** Whether the word, by its form or by its stem, is a cue often enough. */
    boolean isCue(CoreLabel token) {
        return shares.containsKey(formKeyOf(token.word())) || shares.containsKey(keyOf(token.word()));
    }

    /**
     * The lexicon's key for a word form, {@code "=said"}: a form can be a cue far more often than its stem
     * ("stated" against "state", "tweeted" against "tweet").
     */
    public static String formKeyOf(String word) {
        return "=" + word.toLowerCase(Locale.ROOT);
    }

    /**
     * The lexicon's key for a word: its lower-case stem as a verb ("said", "says" and "saying" are "say").
     * The same for every use of the word, so that the builder needs no parse and the finder no tag.
     */
    public static String keyOf(String word) {
        return Morphology.stemStatic(word.toLowerCase(Locale.ROOT), "VB").word();
    }
}
