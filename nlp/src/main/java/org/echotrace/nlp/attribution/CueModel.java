package org.echotrace.nlp.attribution;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.echotrace.nlp.BundledResources;
import org.echotrace.nlp.parse.ParsedSentence;

/**
 * Whether a word heads an attribution's cue, judged in its sentence: a logistic model over the word, its
 * lemma and tag, its relation to its governor and the relations of its dependents (a subject, a clausal
 * complement), and its neighbours. PolNeAR marks beliefs, wishes, endorsements and polls as well as speech,
 * and whether "support" or "wants" is a cue depends on that grammar more than on the word; a word list
 * cannot tell. Learnt from PolNeAR train parses by {@link CueModelTrainer} (bench's {@code CueModelBuilder},
 * docs/evaluation.md); the bundled weights are the resource {@code cue-model.tsv}.
 */
public final class CueModel {

    static final String RESOURCE = "cue-model.tsv";
    /** The header line that carries the probability above which a word is a cue. */
    static final String THRESHOLD_KEY = "#threshold";
    /**
     * Header lines {@code #threshold:SHAPE<TAB>p} that set the probability for a cue read with one attribution
     * shape ({@link SemgrexRules}): a shape that is seldom wrong when it fits ("according to X") can take a word
     * the model is less sure of, one that often fits what is no attribution ("X made Y") needs a surer word.
     */
    static final String SHAPE_THRESHOLD_PREFIX = THRESHOLD_KEY + ":";

    private final Map<String, Double> weights;
    private final double threshold;
    private final Map<String, Double> shapeThresholds;

    CueModel(Map<String, Double> weights, double threshold) {
        this(weights, threshold, Map.of());
    }

    CueModel(Map<String, Double> weights, double threshold, Map<String, Double> shapeThresholds) {
        this.weights = Map.copyOf(weights);
        this.threshold = threshold;
        this.shapeThresholds = Map.copyOf(shapeThresholds);
    }

    /** The model shipped with echotrace. */
    static CueModel bundled() {
        return Holder.BUNDLED;
    }

    private static final class Holder {
        static final CueModel BUNDLED = load();
    }

    private static CueModel load() {
        return BundledResources.read(RESOURCE, CueModel::parse);
    }

    /** A model file other than the bundled one (a candidate being compared against it). */
    static CueModel read(java.nio.file.Path file) throws IOException {
        try (BufferedReader reader = java.nio.file.Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader);
        }
    }

    /**
     * Lines {@code feature<TAB>weight}, one {@code #threshold<TAB>p} and any {@code #threshold:SHAPE<TAB>p}; other
     * {@code #} lines are comments.
     */
    static CueModel parse(BufferedReader reader) throws IOException {
        Map<String, Double> weights = new HashMap<>();
        Map<String, Double> shapeThresholds = new HashMap<>();
        double threshold = 0.5;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String[] f = line.split("\t");
            if (line.startsWith(THRESHOLD_KEY + "\t")) {
                threshold = Double.parseDouble(f[1]);
            } else if (line.startsWith(SHAPE_THRESHOLD_PREFIX) && f.length == 2) {
                shapeThresholds.put(f[0].substring(SHAPE_THRESHOLD_PREFIX.length()), Double.parseDouble(f[1]));
            } else if (!line.isBlank() && !line.startsWith("#") && f.length == 2) {
                weights.put(f[0], Double.parseDouble(f[1]));
            }
        }
        return new CueModel(weights, threshold, shapeThresholds);
    }

    /** Whether the word at a node heads a cue, whatever shape it is read with. */
    boolean isCue(ParsedSentence sentence, IndexedWord node) {
        return probability(sentence, node.index()) >= threshold;
    }

    /** Whether a word of the given probability heads a cue read with the named shape. */
    boolean isCue(double probability, String shape) {
        return probability >= shapeThresholds.getOrDefault(shape, threshold);
    }

    double probability(ParsedSentence sentence, int index) {
        return probability(features(sentence, index));
    }

    private double probability(Set<String> features) {
        double z = 0;
        for (String feature : features) {
            z += weights.getOrDefault(feature, 0.0);
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** Relations of a word's dependents worth pairing with its lemma: what makes a verb report something. */
    private static final Set<String> TELLING_RELATIONS = Set.of("nsubj", "nsubj:pass", "ccomp", "xcomp", "obj",
            "iobj", "parataxis", "advcl", "obl", "mark", "aux", "aux:pass", "cop", "fixed", "compound:prt");

    /** The features of the word at a 1-based index of a parsed sentence; the same for learning and use. */
    static Set<String> features(ParsedSentence sentence, int index) {
        Set<String> f = new LinkedHashSet<>();
        CoreLabel token = sentence.token(index);
        IndexedWord node = sentence.graph().getNodeByIndexSafe(index);
        String word = token.word().toLowerCase(Locale.ROOT);
        String lemma = token.lemma() == null ? word : token.lemma().toLowerCase(Locale.ROOT);
        String tag = token.tag();
        f.add("bias");
        f.add("w=" + word);
        f.add("l=" + lemma);
        f.add("t=" + tag);
        f.add("l|t=" + lemma + "|" + tag);
        f.add("stem=" + CueLexicon.keyOf(word));
        // the lexicon's prior, learnt from all train texts without a parse, for words the model saw too
        // seldom: its share in tenths, alone and with the tag's kind
        int share = (int) Math.round(CueLexicon.bundledShares().share(token) * 10);
        f.add("lex=" + share);
        f.add("lex|t=" + share + "|" + tag.substring(0, Math.min(2, tag.length())));
        if (node == null) {
            return f;
        }
        String relation = sentence.relation(node);
        f.add("r=" + relation);
        f.add("l|r=" + lemma + "|" + relation);
        f.add("t|r=" + tag + "|" + relation);
        IndexedWord parent = sentence.parent(node);
        if (parent != null) {
            CoreLabel p = sentence.token(parent);
            String parentLemma = p.lemma() == null ? p.word() : p.lemma().toLowerCase(Locale.ROOT);
            f.add("pl=" + parentLemma);
            f.add("r|pl=" + relation + "|" + parentLemma);
            f.add("r|pt=" + relation + "|" + p.tag());
        }
        for (SemanticGraphEdge edge : sentence.graph().outgoingEdgeList(node)) {
            String child = edge.getRelation().toString();
            f.add("c=" + child);
            f.add("t|c=" + tag + "|" + child);
            f.add("lex|c=" + share + "|" + child);
            if (TELLING_RELATIONS.contains(child)) {
                f.add("l|c=" + lemma + "|" + child);
                CoreLabel dependent = sentence.token(edge.getDependent());
                f.add("c|dt=" + child + "|" + dependent.tag());
                if (child.startsWith("nsubj") || child.equals("mark") || child.equals("fixed")
                        || child.equals("compound:prt")) {
                    f.add("c|dw=" + child + "|" + dependent.word().toLowerCase(Locale.ROOT));
                }
            }
        }
        String previous = index > 1 ? sentence.token(index - 1).word().toLowerCase(Locale.ROOT) : "<s>";
        String next = index < sentence.tokens().size() ? sentence.token(index + 1).word().toLowerCase(Locale.ROOT) : "</s>";
        f.add("p=" + previous);
        f.add("n=" + next);
        f.add("l|n=" + lemma + "|" + next);
        f.add("p|l=" + previous + "|" + lemma);
        return f;
    }
}
