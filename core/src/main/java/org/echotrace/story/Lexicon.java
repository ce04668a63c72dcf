package org.echotrace.story;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.echotrace.text.TokenizedText;
import org.echotrace.text.WordTokenizer;

/**
 * The distinct words of a list of texts, keyed by the tokenizer's 64-bit word hash, with how many texts
 * hold each subject word. Each word's normalised form is built once per block of texts instead of once per
 * occurrence, and no map is keyed by strings: at 100k articles, building 70 million word strings and
 * hashing them into maps was most of the subject vectors' time. Every occurrence is checked against the
 * word its hash stands for, so two words sharing a hash are never taken for one ({@link Collision}).
 */
final class Lexicon {

    /** Texts read by one task before its words are merged. */
    private static final int TEXTS_PER_TASK = 512;

    /** Two different words of the texts have the same hash: this lexicon cannot tell them apart. */
    static final class Collision extends RuntimeException {
        Collision(String a, String b) {
            super("words \"" + a + "\" and \"" + b + "\" share a hash", null, false, false);
        }
    }

    private final Table table;
    /** For each block of texts, the lexicon's slot of each slot of the block's own table. */
    private final int[][] blockSlots;

    private Lexicon(Table table, int[][] blockSlots) {
        this.table = table;
        this.blockSlots = blockSlots;
    }

    /**
     * Receives each text's words as the lexicon reads them, on any thread: for each word, its slot in the
     * table of the text's block when it is a subject word, else -1; {@link #slot} turns a block slot into
     * the lexicon's once it is built. So a caller counting subject words cuts each text once.
     */
    @FunctionalInterface
    interface Reader {
        void read(int text, TokenizedText words, int[] subjectSlots);
    }

    /**
     * The words of {@code texts}, on every core.
     *
     * @param isSubject which words count for the document frequency
     * @throws Collision when two of their words share a hash
     */
    static Lexicon of(List<String> texts, Predicate<String> isSubject, Reader reader) {
        int tasks = (texts.size() + TEXTS_PER_TASK - 1) / TEXTS_PER_TASK;
        List<Table> parts = IntStream.range(0, tasks).parallel().mapToObj(task -> {
            Table part = new Table(4096);
            int from = task * TEXTS_PER_TASK;
            int[] slots = new int[256];
            for (int t = from; t < Math.min(texts.size(), from + TEXTS_PER_TASK); t++) {
                TokenizedText words = WordTokenizer.tokenize(texts.get(t));
                if (slots.length < words.size()) {
                    slots = new int[words.size()];
                }
                part.addText(words, t, isSubject, slots);
                reader.read(t, words, slots);
            }
            return part;
        }).toList();
        Table all = new Table(parts.isEmpty() ? 16 : parts.get(0).size * 4);
        int[][] blockSlots = new int[tasks][];
        for (int task = 0; task < tasks; task++) {
            blockSlots[task] = all.addAll(parts.get(task));
        }
        return new Lexicon(all, blockSlots);
    }

    /** Number of distinct words. */
    int size() {
        return table.size;
    }

    /** The slot of a word {@link Reader} saw in {@code text} at {@code blockSlot}; each slot is one distinct word. */
    int slot(int text, int blockSlot) {
        return blockSlots[text / TEXTS_PER_TASK][blockSlot];
    }

    String word(int slot) {
        return table.words[slot];
    }

    boolean isSubject(int slot) {
        return table.subject[slot];
    }

    /** How many texts hold the word of {@code slot}, a subject word. */
    int documentFrequency(int slot) {
        return table.documentFrequency[slot];
    }

    /** Words by slot, growable; a task fills its own, then they are merged in text order. */
    private static final class Table {
        final LongIntMap slots;
        long[] hashes;
        String[] words;
        boolean[] subject;
        int[] documentFrequency;
        /** The last text counted for each slot, so that a text counts once however often it repeats a word. */
        int[] lastText;
        int size;

        Table(int capacity) {
            slots = new LongIntMap(capacity);
            hashes = new long[capacity];
            words = new String[capacity];
            subject = new boolean[capacity];
            documentFrequency = new int[capacity];
            lastText = new int[capacity];
        }

        /** @param subjectSlots receives the slot of each subject word, -1 for the others */
        void addText(TokenizedText text, int index, Predicate<String> isSubject, int[] subjectSlots) {
            for (int i = 0; i < text.size(); i++) {
                long hash = text.hash(i);
                int slot = slots.get(hash);
                if (slot == LongIntMap.ABSENT) {
                    String word = text.term(i);
                    slot = add(hash, word, isSubject.test(word));
                } else if (!text.termEquals(i, words[slot])) {
                    throw new Collision(words[slot], text.term(i));
                }
                if (subject[slot] && lastText[slot] != index) {
                    lastText[slot] = index;
                    documentFrequency[slot]++;
                }
                subjectSlots[i] = subject[slot] ? slot : -1;
            }
        }

        /** Merges a block's table into this one; returns this table's slot of each of the block's slots. */
        int[] addAll(Table part) {
            int[] slotOf = new int[part.size];
            for (int p = 0; p < part.size; p++) {
                int slot = slots.get(part.hashes[p]);
                if (slot == LongIntMap.ABSENT) {
                    slot = add(part.hashes[p], part.words[p], part.subject[p]);
                } else if (!words[slot].equals(part.words[p])) {
                    throw new Collision(words[slot], part.words[p]);
                }
                documentFrequency[slot] += part.documentFrequency[p];
                slotOf[p] = slot;
            }
            return slotOf;
        }

        private int add(long hash, String word, boolean isSubject) {
            if (size == words.length) {
                int grown = size * 2;
                hashes = Arrays.copyOf(hashes, grown);
                words = Arrays.copyOf(words, grown);
                subject = Arrays.copyOf(subject, grown);
                documentFrequency = Arrays.copyOf(documentFrequency, grown);
                lastText = Arrays.copyOf(lastText, grown);
            }
            int slot = size++;
            hashes[slot] = hash;
            words[slot] = word;
            subject[slot] = isSubject;
            lastText[slot] = -1;
            slots.put(hash, slot);
            return slot;
        }
    }
}
