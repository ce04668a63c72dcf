package org.echotrace.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToIntFunction;
import java.util.stream.IntStream;
import org.echotrace.text.Stopwords;
import org.echotrace.text.TokenizedText;
import org.echotrace.text.WordTokenizer;

/**
 * Sparse, length-normalised TF-IDF vectors of the words that carry a text's subject, for telling
 * whether two documents are about the same thing. A word weighs by two rarities: within these documents
 * (the actors every document names do not tell events apart) and in general news (common words do not).
 * Words that start with a capital letter inside a sentence (names) weigh more, because a story is
 * defined by who and where more than by how it is told.
 */
final class TermVectors {

    private static final double NAME_BOOST = 2.0;
    /** Each text keeps its heaviest words only, so that a million articles' vectors fit in memory. */
    static final int TERMS_KEPT = 300;

    /**
     * A vector as parallel arrays of word ids (ascending) and weights, and which words are its seeds
     * ({@link ContentLinks#SEED_WORDS} heaviest): the batch clusterer's own form of a {@link SubjectVector}.
     * It stays apart because the batch path weighs every text against one fixed vocabulary: word ids
     * instead of strings, float weights and seeds computed once are what let a million texts fit in
     * memory and link without a map lookup; and its norm is summed over the words in the order they first
     * occur in the text ({@link #toVector(int[], double[])}) where a {@link SubjectVector}'s is summed in its
     * map's order, so building one through the other would add a map per text and could round the
     * weights otherwise, changing the batch stories.
     */
    record SparseVector(int[] terms, float[] weights, boolean[] seeds) {
    }

    private TermVectors() {
    }

    /**
     * One vector per text, IDF taken over the given texts. Each text is tokenised once, on every core; word
     * ids follow the words' order, so the vectors are the same however the work is split.
     */
    static List<SparseVector> build(List<String> texts) {
        return build(texts, (text, words) -> { });
    }

    /** Receives a text's words as the vectors cut them, by the text's index, on any thread. */
    @FunctionalInterface
    interface WordsSeen {
        void accept(int text, TokenizedText words);
    }

    /**
     * {@link #build(List)}, handing each text's words to {@code seen} as they are cut (so that a caller
     * needing them too does not cut them again); on the fallback path ({@link #byWords}) it sees none.
     */
    static List<SparseVector> build(List<String> texts, WordsSeen seen) {
        try {
            return byHashes(texts, seen);
        } catch (Lexicon.Collision e) {
            return byWords(texts);
        }
    }

    /**
     * {@link #build} with words found by their hashes in a {@link Lexicon}: no string per occurrence, no
     * boxed count. The vectors are those {@link #byWords} makes.
     */
    static List<SparseVector> byHashes(List<String> texts) {
        return byHashes(texts, (text, words) -> { });
    }

    private static List<SparseVector> byHashes(List<String> texts, WordsSeen seen) {
        // each text is cut once: its subject words are counted by the slots of its block as the lexicon reads
        // them, and those slots mapped to the lexicon's once it is whole
        SlotCounts[] counted = new SlotCounts[texts.size()];
        Lexicon lexicon = Lexicon.of(texts, TermVectors::isContentTerm, (t, words, slots) -> {
            seen.accept(t, words);
            counted[t] = SlotCounts.of(texts.get(t), words, slots);
        });
        Integer[] subject = IntStream.range(0, lexicon.size()).filter(lexicon::isSubject).boxed()
                .sorted(Comparator.comparing(lexicon::word)).toArray(Integer[]::new);
        BackgroundFrequencies background = BackgroundFrequencies.get();
        int[] idOf = new int[lexicon.size()];
        double[] backgroundIdf = new double[lexicon.size()];
        for (int id = 0; id < subject.length; id++) {
            idOf[subject[id]] = id;
            backgroundIdf[subject[id]] = background.idf(lexicon.word(subject[id]));
        }
        int n = texts.size();
        return IntStream.range(0, n).parallel().mapToObj(t -> {
            SlotCounts counts = counted[t];
            counted[t] = null;
            double[] weights = new double[counts.size];
            int[] ids = new int[counts.size];
            for (int k = 0; k < counts.size; k++) {
                int slot = lexicon.slot(t, counts.slots[k]);
                ids[k] = idOf[slot];
                weights[k] = weight(counts.counts[k], lexicon.documentFrequency(slot), n, backgroundIdf[slot],
                        counts.names[k]);
            }
            return toVector(ids, weights);
        }).toList();
    }

    /** One text's subject words by block slot ({@link Lexicon.Reader}), in order of first occurrence. */
    private static final class SlotCounts {
        int[] slots = new int[64];
        int[] counts = new int[64];
        boolean[] names = new boolean[64];
        int size;

        /** @param subjectSlots the block slot of each subject word of {@code words}, -1 for the others */
        static SlotCounts of(String text, TokenizedText words, int[] subjectSlots) {
            SlotCounts c = new SlotCounts();
            LongIntMap local = new LongIntMap(128);
            for (int i = 0; i < words.size(); i++) {
                int slot = subjectSlots[i];
                if (slot < 0) {
                    continue;
                }
                int k = local.get(slot);
                if (k == LongIntMap.ABSENT) {
                    k = c.add(slot);
                    local.put(slot, k);
                }
                c.counts[k]++;
                if (Character.isUpperCase(text.charAt(words.start(i))) && !startsSentence(text, words.start(i))) {
                    c.names[k] = true;
                }
            }
            // kept until the lexicon is whole: no spare room
            c.slots = Arrays.copyOf(c.slots, c.size);
            c.counts = Arrays.copyOf(c.counts, c.size);
            c.names = Arrays.copyOf(c.names, c.size);
            return c;
        }

        private int add(int slot) {
            if (size == slots.length) {
                slots = Arrays.copyOf(slots, size * 2);
                counts = Arrays.copyOf(counts, size * 2);
                names = Arrays.copyOf(names, size * 2);
            }
            slots[size] = slot;
            return size++;
        }
    }

    /**
     * {@link #toVector(Map, ToIntFunction)} over parallel arrays of word ids and weights; ids follow the
     * words' order, so ties break as there, by word.
     */
    private static SparseVector toVector(int[] ids, double[] weights) {
        int[] kept = IntStream.range(0, ids.length).toArray();
        if (kept.length > TERMS_KEPT) {
            HeaviestFirst.sort(kept, ids, weights);
            kept = Arrays.copyOf(kept, TERMS_KEPT);
        }
        // summed in the order kept, by DoubleStream.sum as before: the same rounding
        double norm = Math.sqrt(Arrays.stream(kept).mapToDouble(k -> weights[k] * weights[k]).sum());
        double[] normalised = new double[ids.length];
        for (int k : kept) {
            normalised[k] = norm > 0 ? weights[k] / norm : 0.0;
        }
        boolean[] seed = new boolean[ids.length];
        int[] bySeed = kept.clone();
        if (bySeed.length > ContentLinks.SEED_WORDS) {
            HeaviestFirst.sort(bySeed, ids, normalised);
        }
        for (int s = 0; s < Math.min(bySeed.length, ContentLinks.SEED_WORDS); s++) {
            seed[bySeed[s]] = true;
        }
        // by id: ids are not negative and distinct, so (id, index) packed in a long sorts as the id alone
        long[] byId = new long[kept.length];
        for (int k = 0; k < kept.length; k++) {
            byId[k] = ((long) ids[kept[k]] << 32) | kept[k];
        }
        Arrays.sort(byId);
        int[] terms = new int[kept.length];
        float[] sorted = new float[kept.length];
        boolean[] seeds = new boolean[kept.length];
        for (int k = 0; k < kept.length; k++) {
            int index = (int) byId[k];
            terms[k] = ids[index];
            sorted[k] = (float) normalised[index];
            seeds[k] = seed[index];
        }
        return new SparseVector(terms, sorted, seeds);
    }

    /** {@link #build} keyed by the words themselves: the fallback when two words share a hash. */
    static List<SparseVector> byWords(List<String> texts) {
        Map<String, Integer> documentFrequency = new ConcurrentHashMap<>();
        texts.parallelStream().forEach(text ->
                contentTerms(text).forEach(t -> documentFrequency.merge(t, 1, Integer::sum)));
        String[] words = documentFrequency.keySet().toArray(new String[0]);
        Arrays.sort(words);
        // one lookup per word and text for its id, frequency and background rarity (three were most of the cost)
        BackgroundFrequencies background = BackgroundFrequencies.get();
        Map<String, Word> vocabulary = new HashMap<>(words.length * 2);
        for (String word : words) {
            vocabulary.put(word, new Word(vocabulary.size(), documentFrequency.get(word), background.idf(word)));
        }
        documentFrequency.clear();
        int n = texts.size();
        return texts.parallelStream().map(text -> vector(text, vocabulary, n)).toList();
    }

    /** A word of the texts clustered: its id, document frequency and rarity in general news. */
    private record Word(int id, int documentFrequency, double backgroundIdf) {
    }

    private static SparseVector vector(String text, Map<String, Word> vocabulary, int n) {
        Counted counted = count(text, WordTokenizer.tokenize(text));
        Map<String, Double> weights = new HashMap<>(counted.counts().size() * 2);
        Map<String, Word> known = new HashMap<>(counted.counts().size() * 2);
        counted.counts().forEach((term, count) -> {
            Word word = vocabulary.get(term);
            known.put(term, word);
            weights.put(term, weight(count, word.documentFrequency(), n, word.backgroundIdf(),
                    counted.names().contains(term)));
        });
        return toVector(weights, term -> known.get(term).id());
    }

    /** A word's TF-IDF weight in a text, its rarity in general news multiplied in, names boosted. */
    private static double weight(int count, int documentFrequency, int documents, double backgroundIdf, boolean name) {
        double idf = Math.log((documents + 1.0) / (documentFrequency + 0.5)) * backgroundIdf;
        return (1 + Math.log(count)) * idf * (name ? NAME_BOOST : 1.0);
    }

    /**
     * TF-IDF weights of a text's words, not yet cut to the heaviest nor normalised (what {@link #heaviest}
     * makes a {@link SubjectVector} of): {@code df} gives each word's document frequency among {@code n}
     * documents (the text itself included), and the word's rarity in general news multiplies in.
     */
    static Map<String, Double> weigh(SubjectTerms.Counts terms, ToIntFunction<String> df, int n) {
        return weigh(new Counted(terms.counts(), terms.names()), df, n);
    }

    private static Map<String, Double> weigh(Counted terms, ToIntFunction<String> df, int n) {
        BackgroundFrequencies background = BackgroundFrequencies.get();
        Map<String, Double> weights = new HashMap<>(terms.counts().size() * 2);
        for (Map.Entry<String, Integer> e : terms.counts().entrySet()) {
            weights.put(e.getKey(), weight(e.getValue(), df.applyAsInt(e.getKey()), n, background.idf(e.getKey()),
                    terms.names().contains(e.getKey())));
        }
        return weights;
    }

    static SubjectTerms.Counts collect(String text) {
        return collect(text, WordTokenizer.tokenize(text));
    }

    /** @param words {@code text} as the word tokenizer cuts it */
    static SubjectTerms.Counts collect(String text, TokenizedText words) {
        Counted counted = count(text, words);
        return new SubjectTerms.Counts(counted.counts(), counted.names());
    }

    /** A text's subject words counted, in mutable maps not copied (the batch path weighs them at once). */
    private record Counted(Map<String, Integer> counts, Set<String> names) {
    }

    /** The distinct subject words of a text: all its document frequency needs. */
    private static Set<String> contentTerms(String text) {
        TokenizedText words = WordTokenizer.tokenize(text);
        Set<String> terms = new HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            String term = words.term(i);
            if (isContentTerm(term)) {
                terms.add(term);
            }
        }
        return terms;
    }

    private static Counted count(String text, TokenizedText words) {
        Map<String, Integer> counts = new HashMap<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            String term = words.term(i);
            if (!isContentTerm(term)) {
                continue;
            }
            counts.merge(term, 1, Integer::sum);
            if (Character.isUpperCase(text.charAt(words.start(i))) && !startsSentence(text, words.start(i))) {
                names.add(term);
            }
        }
        return new Counted(counts, names);
    }

    /** Numbers count only as years (four digits): other figures are too common to tell stories apart. */
    private static boolean isContentTerm(String term) {
        if (allDigits(term)) {
            return term.length() == 4;
        }
        return term.length() >= 3 && !Stopwords.isStopword(term);
    }

    private static boolean allDigits(String term) {
        for (int i = 0; i < term.length(); i++) {
            if (!Character.isDigit(term.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsSentence(String text, int offset) {
        for (int i = offset - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c) && c != '"' && c != '\u201c' && c != '\'' && c != '(') {
                return c == '.' || c == '!' || c == '?' || c == ':';
            }
        }
        return true;
    }

    private static final Comparator<Map.Entry<String, Double>> HEAVIEST_FIRST =
            Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey());

    /**
     * The heaviest {@link #TERMS_KEPT} words, normalised to unit length, in no particular order (sorted only
     * when some must be dropped: most texts have fewer, and the store weighs every new article).
     */
    static List<Map.Entry<String, Double>> heaviest(Map<String, Double> weights) {
        List<Map.Entry<String, Double>> kept = new ArrayList<>(weights.entrySet());
        if (kept.size() > TERMS_KEPT) {
            kept.sort(HEAVIEST_FIRST);
            kept = kept.subList(0, TERMS_KEPT);
        }
        double norm = Math.sqrt(kept.stream().mapToDouble(e -> e.getValue() * e.getValue()).sum());
        return kept.stream()
                .map(e -> Map.entry(e.getKey(), norm > 0 ? e.getValue() / norm : 0.0))
                .toList();
    }

    /** Keeps the heaviest words, normalises to unit length and maps words to ids. */
    private static SparseVector toVector(Map<String, Double> weights, ToIntFunction<String> idOf) {
        List<Map.Entry<String, Double>> kept = heaviest(weights);
        Set<String> seeds = new HashSet<>(seeds(kept, ContentLinks.SEED_WORDS));
        long[] packed = new long[kept.size()];
        float[] byIndex = new float[kept.size()];
        for (int k = 0; k < kept.size(); k++) {
            int id = idOf.applyAsInt(kept.get(k).getKey());
            byIndex[k] = kept.get(k).getValue().floatValue();
            packed[k] = ((long) id << 32) | k;
        }
        Arrays.sort(packed);
        int[] terms = new int[packed.length];
        float[] sorted = new float[packed.length];
        boolean[] seed = new boolean[packed.length];
        for (int k = 0; k < packed.length; k++) {
            terms[k] = (int) (packed[k] >>> 32);
            sorted[k] = byIndex[(int) packed[k]];
            seed[k] = seeds.contains(kept.get((int) packed[k]).getKey());
        }
        return new SparseVector(terms, sorted, seed);
    }

    /** The {@code limit} heaviest words of a weighed vector, heaviest first, ties by word. */
    static List<String> seeds(List<Map.Entry<String, Double>> vector, int limit) {
        if (vector.size() <= limit) {
            return vector.stream().map(Map.Entry::getKey).toList();
        }
        return vector.stream().sorted(HEAVIEST_FIRST).limit(limit).map(Map.Entry::getKey).toList();
    }
}
