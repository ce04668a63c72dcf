package org.echotrace.nlp.labels;

import edu.stanford.nlp.ling.IndexedWord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.echotrace.nlp.BundledResources;
import org.echotrace.text.WordTokenizer;

/**
 * Whether a word is evaluative, from general resources: the words Propaganda Techniques Corpus annotators
 * often marked as name calling or loaded language ({@code evaluative-words.tsv}), and the strongly subjective,
 * negative nouns and adjectives of the MPQA subjectivity lexicon ({@code mpqa-subjclues.tff}, GPL, Wilson, Wiebe
 * and Hoffmann 2005) unless PTC's annotators saw the word often and hardly ever marked it
 * ({@code unmarked-words.tsv}). Both TSV lists are built from PTC's vocabulary part by bench's
 * {@code EvaluativeVocabulary}; see docs/evaluation.md for how the choices were tuned.
 *
 * <p>A PTC word needs support, because the list is learnt from small counts and so holds neutral words that one
 * annotator marked in one article ("bottom", "rocket", "accommodate"): the annotators marked it in at least
 * {@value #MIN_MARKED_ARTICLES} articles and in at least {@value #MIN_MARKED_SHARE} of its occurrences, or MPQA
 * lists it as a noun or adjective clue of positive or negative polarity, or lists its lemma so with any part of
 * speech ("hated" from the verb "hate").
 *
 * <p>The word is looked up as written and as its lemma (which takes care of inflections: "dissidents").
 * Lexicons list base words ("terror", "hawk"), so a word also matches an entry it becomes by taking off a
 * derivational suffix, with the base's spelling restored ("terrorist" and "terrorism" from "terror",
 * "hawkish" from "hawk", "furious" from "fury"). Only suffixes that keep the base's sense are taken off;
 * "-less" and "-er" are not (a "leader" is no "lead").
 */
final class EvaluativeWords {

    /** Why a word counts as evaluative: the resource and the entry it matched. */
    record Match(String evidence, String entry) {
    }

    static final String PTC = "ptc";
    static final String MPQA_STRONG = "mpqa-strong";

    /** Derivational suffixes, longest first: taken off, what is left may be a lexicon's base word. */
    private static final List<String> SUFFIXES = List.of("istically", "ically", "ously", "istic", "ities", "ness",
            "isms", "ists", "ical", "ism", "ist", "ity", "ous", "ish", "ian", "ite", "ic", "ly");
    private static final int MIN_BASE = 4;

    /** Support from PTC's own counts: marked in this many articles at least, and this share of occurrences. */
    static final int MIN_MARKED_ARTICLES = 3;
    static final double MIN_MARKED_SHARE = 0.25;

    /** How often PTC's vocabulary part marked a word: {@code evaluative-words.tsv}'s counts. */
    private record Marked(int inSpans, int occurrences, int articles) {
        boolean supported() {
            return articles >= MIN_MARKED_ARTICLES && inSpans >= MIN_MARKED_SHARE * occurrences;
        }
    }

    /** One MPQA entry: {@code type=strongsubj len=1 word1=terror pos1=noun stemmed1=n priorpolarity=negative}. */
    private record Clue(boolean strong, String pos, String polarity) {
        boolean nominal() {
            return !pos.equals("verb") && !pos.equals("adverb");
        }

        boolean polar() {
            return polarity.equals("positive") || polarity.equals("negative");
        }

        /** A strong clue of either polarity, or a weak negative one (see {@link #saidOfAName}). */
        boolean judging() {
            return strong ? polar() : polarity.equals("negative");
        }
    }

    private static final Map<String, Match> EXACT = new HashMap<>();

    private static final Set<String> UNMARKED = new HashSet<>();

    private static final Map<String, Marked> PTC_COUNTS = new HashMap<>();

    private static final Map<String, List<Clue>> MPQA = new HashMap<>();

    /** Nouns that news text mostly gives a possessor ({@code relational-words.tsv}, see {@link #relational}). */
    private static final Set<String> RELATIONAL = new HashSet<>();

    /** A noun is relational when at least this share of its occurrences has a possessor ("his opponent"). */
    static final double MIN_POSSESSED_SHARE = 0.3;

    static {
        UNMARKED.addAll(firstColumn("unmarked-words.tsv"));
        for (String[] row : rows("relational-words.tsv")) {
            if (Integer.parseInt(row[2]) >= MIN_POSSESSED_SHARE * Integer.parseInt(row[1])) {
                RELATIONAL.add(row[0]);
            }
        }
        loadPtc("evaluative-words.tsv");
        loadMpqa("mpqa-subjclues.tff");
    }

    private EvaluativeWords() {
    }

    /** Whether the word as written, or its lemma, is evaluative. */
    static boolean test(IndexedWord word) {
        return match(word).isPresent();
    }

    /**
     * The lexicon entry the word (as written or as its lemma) matches, directly or as a derived form. A
     * comparative or superlative is looked up by its base alone: a degree of a word judges as the word does, and
     * MPQA's own entries for some degrees ("narrower" a strong negative, "narrow" a weak one) would otherwise
     * judge "a narrower victory".
     */
    static Optional<Match> match(IndexedWord word) {
        String lemma = word.lemma();
        if (DEGREES.contains(word.tag()) && lemma != null && !lemma.equalsIgnoreCase(word.word())) {
            return match(lemma, lemma);
        }
        return match(word.word(), lemma);
    }

    private static final Set<String> DEGREES = Set.of("JJR", "JJS", "RBR", "RBS");

    /**
     * Whether the word, said of a name, judges it: MPQA's strongly subjective negative nouns and adjectives, or a
     * PTC word that PTC's own counts support or that MPQA lists as a strong clue or a negative one. A weakly
     * subjective positive clue is not enough ("champion", "classic", "progressive", "advantage", "useful"): in news
     * such words said of someone mostly give a title, a type or a standing, while a negative one, even weak, is
     * mostly a charge ("extremist", "repressive", "hostile"). In a phrase on its own (loaded language anywhere, as
     * PTC marks it) {@link #match(IndexedWord)}'s wider test stays.
     */
    static boolean saidOfAName(IndexedWord word) {
        Optional<Match> found = match(word);
        if (found.isEmpty() || found.get().evidence().equals(MPQA_STRONG)) {
            return found.isPresent();
        }
        String entry = found.get().entry();
        String lemma = word.lemma() == null ? null : normal(word.lemma());
        Marked marked = PTC_COUNTS.get(entry);
        if (marked != null && marked.occurrences() >= COMMON) {
            // common in news, the word is mostly in its neutral senses ("black", "death", "deep", "communist",
            // "enemy"): only a strong clue says it judges
            return clues(entry, lemma).anyMatch(c -> c.strong() && c.polar());
        }
        return marked != null && marked.supported()
                || MPQA.getOrDefault(entry, List.of()).stream().anyMatch(c -> c.judging() && c.nominal())
                || lemma != null && MPQA.getOrDefault(lemma, List.of()).stream().anyMatch(Clue::judging);
    }

    /** Seen this often in PTC's vocabulary part (239 articles), a word is common in news. */
    static final int COMMON = 20;

    /** The entry's nominal clues and the lemma's clues of any part of speech. */
    private static java.util.stream.Stream<Clue> clues(String entry, String lemma) {
        java.util.stream.Stream<Clue> own = MPQA.getOrDefault(entry, List.of()).stream().filter(Clue::nominal);
        return lemma == null ? own : java.util.stream.Stream.concat(own, MPQA.getOrDefault(lemma, List.of()).stream());
    }

    /**
     * Whether an -ed adjective names a feeling its subject has: MPQA lists the verb's form for what causes the
     * feeling ("shocking", "disappointing", "delightful", "impressive", "terrifying"), so the -ed form is the one
     * who feels it ("X was shocked"). A judgement of X in -ed has no such form ("biased", "crooked", "devoted").
     * Read for predicates, where the subject is the one who feels; said before a noun, "the most loathed man" is
     * the one others loathe.
     */
    static boolean namesAFeeling(IndexedWord word) {
        String written = normal(word.word());
        if (!written.endsWith("ed") || written.length() < 5) {
            return false;
        }
        String stem = written.substring(0, written.length() - 2);
        // not "-ful": "hateful", "respectful" are the one who hates, respects ("X is hated" judges X)
        List<String> causes = new ArrayList<>(List.of(stem + "ing", stem + "ive"));
        if (written.endsWith("ied")) {
            causes.add(written.substring(0, written.length() - 3) + "ying");
        }
        return causes.stream().anyMatch(c -> MPQA.getOrDefault(c, List.of()).stream()
                .anyMatch(clue -> !clue.pos().equals("verb")));
    }

    /** As {@link #match(IndexedWord)}, for a word and its lemma (null when the parse gave none). */
    static Optional<Match> match(String written, String lemma) {
        String word = normal(written);
        String base = lemma == null ? null : normal(lemma);
        Optional<Match> found = matchForm(word, base);
        return found.isPresent() || base == null ? found : matchForm(base, base);
    }

    /**
     * Whether a common noun names a relation to someone else: news text mostly gives it a possessor ("his
     * opponent", "her friend", "their rival"; counted by bench's {@code RelationalWordsBuilder} in PolNeAR's dev
     * articles and PTC's). Said of a name without one ("Democratic opponent X") it still places X toward another
     * and does not judge X; words that judge ("liar", "terrorist", "racist") hardly ever have a possessor.
     * Abstract nouns are left out ("his failure to act": the possessor is who failed, and "X is a failure"
     * judges X).
     */
    static boolean relational(IndexedWord word) {
        String tag = word.tag() == null ? "" : word.tag();
        if (!tag.startsWith("NN") || tag.startsWith("NNP")) {
            return false;
        }
        String lemma = normal(word.lemma() == null ? word.word() : word.lemma());
        return RELATIONAL.contains(lemma) && !LabelTarget.isAbstract(lemma);
    }

    /** Endings of nouns for people ("terrorist", "Israelite", "militant", "dissident", "fanatic"). */
    private static final List<String> PEOPLE_SUFFIXES = List.of("ist", "ite", "ian", "ant", "ent", "ic");

    /**
     * Whether an evaluative noun names people: a people noun's ending, or an MPQA noun clue for its entry
     * ("traitor", "zealot", "hypocrite"). "X terrorists" are X's members; "X football games" are X's things,
     * whatever a lexicon says of "game" (an adjective clue: "game for anything").
     */
    static boolean namesPeople(IndexedWord word) {
        String lemma = normal(word.lemma() == null ? word.word() : word.lemma());
        if (PEOPLE_SUFFIXES.stream().anyMatch(s -> lemma.endsWith(s) && lemma.length() >= s.length() + MIN_BASE)) {
            return true;
        }
        return match(word).map(m -> java.util.stream.Stream.of(m.entry(), lemma)
                .flatMap(e -> MPQA.getOrDefault(e, List.of()).stream()).anyMatch(c -> c.pos().equals("noun")))
                .orElse(false);
    }

    private static Optional<Match> matchForm(String word, String lemma) {
        if (word.length() < 3) {
            return Optional.empty();
        }
        Optional<Match> found = lookUp(word);
        // news annotators saw the word often and hardly ever marked it: a general lexicon's clue is not enough
        return found.filter(m -> m.evidence().equals(PTC) ? supported(m.entry(), lemma) : !UNMARKED.contains(word));
    }

    /** Whether a PTC entry has support beyond one annotator's marks (see the class comment). */
    private static boolean supported(String entry, String lemma) {
        Marked marked = PTC_COUNTS.get(entry);
        return marked != null && marked.supported()
                || MPQA.getOrDefault(entry, List.of()).stream().anyMatch(c -> c.polar() && c.nominal())
                || lemma != null && MPQA.getOrDefault(lemma, List.of()).stream().anyMatch(Clue::polar);
    }

    private static Optional<Match> lookUp(String word) {
        Match exact = EXACT.get(word);
        if (exact != null) {
            return Optional.of(exact);
        }
        for (String suffix : SUFFIXES) {
            if (word.endsWith(suffix) && word.length() - suffix.length() >= MIN_BASE) {
                Optional<Match> base = base(word.substring(0, word.length() - suffix.length()));
                if (base.isPresent()) {
                    return base;
                }
            }
        }
        return Optional.empty();
    }

    /** A base word with its spelling restored: "terror" from "terrorist", "hate" from "hatish", "fury" from "furious". */
    private static Optional<Match> base(String stripped) {
        for (String candidate : List.of(stripped, stripped + "e", stripped + "y")) {
            Match m = EXACT.get(candidate);
            if (m != null) {
                return Optional.of(m);
            }
        }
        if (stripped.endsWith("i")) {
            return Optional.ofNullable(EXACT.get(stripped.substring(0, stripped.length() - 1) + "y"));
        }
        return Optional.empty();
    }

    private static String normal(String word) {
        return WordTokenizer.normalize(word, 0, word.length());
    }

    private static void add(String word, Match match) {
        EXACT.putIfAbsent(word, match);
    }

    /** The rows of a TSV list written by bench's {@code EvaluativeVocabulary}, split into columns. */
    private static List<String[]> rows(String resource) {
        return lines(resource).stream().filter(line -> !line.startsWith("#") && !line.isBlank())
                .map(line -> line.split("\t")).toList();
    }

    private static List<String> firstColumn(String resource) {
        return rows(resource).stream().map(row -> row[0]).toList();
    }

    /** {@code word, in_label_spans, occurrences, marked_articles}. */
    private static void loadPtc(String resource) {
        for (String[] row : rows(resource)) {
            add(row[0], new Match(PTC, row[0]));
            PTC_COUNTS.put(row[0], new Marked(Integer.parseInt(row[1]), Integer.parseInt(row[2]),
                    Integer.parseInt(row[3])));
        }
    }

    /** Every MPQA clue, and the strongly subjective negative nouns and adjectives as evaluative on their own. */
    private static void loadMpqa(String resource) {
        for (String line : lines(resource)) {
            Map<String, String> fields = new HashMap<>();
            for (String field : line.strip().split("\\s+")) {
                int eq = field.indexOf('=');
                if (eq > 0) {
                    fields.put(field.substring(0, eq), field.substring(eq + 1));
                }
            }
            String word = fields.getOrDefault("word1", "").toLowerCase(Locale.ROOT);
            if (word.isEmpty()) {
                continue;
            }
            Clue clue = new Clue("strongsubj".equals(fields.get("type")), fields.getOrDefault("pos1", ""),
                    fields.getOrDefault("priorpolarity", ""));
            MPQA.computeIfAbsent(word, k -> new ArrayList<>()).add(clue);
            if (clue.strong() && clue.nominal() && clue.polarity().equals("negative")) {
                add(word, new Match(MPQA_STRONG, word));
            }
        }
    }

    private static List<String> lines(String resource) {
        try (InputStream in = BundledResources.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
