package org.echotrace.outlets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.echotrace.domain.Document;
import org.echotrace.domain.Span;
import org.echotrace.text.TokenizedText;
import org.echotrace.text.WordTokenizer;

/**
 * Which of the earlier documents a later one took each passage from. When a passage of D matches two
 * earlier documents, D took it from the one whose version it agrees with most: every copy adds its own
 * edits, so a copy of a copy shares its exemplar's edits and not the original's wording where they differ,
 * and two copies of one original agree with it more than with each other (the rule of textual criticism).
 * Without it, every two outlets that reprint one wire story would look like copying each other, and a copy
 * of a copy like a copy of the original. Agreement is counted on the same stretch of D for both (the word
 * triples of D there found in each version), not by the passages' identities, which cover different
 * stretches. A source whose match holds the whole passage and much more needs less agreement than one whose
 * match is a part (two copies can make the same change by chance in a few words, as they rarely do in many).
 * Versions the target agrees with to within one word (fewer than {@link #CLEARER} word triples apart) are
 * equally close: the text cannot tell them apart, as chance edits (two copy editors changing one word) move
 * agreement by that much. Those go to the outlet the target's outlet takes its text from where the versions
 * do differ (its habit, counted over the copies that won every passage outright: a digest that always
 * reprints the copiers of a wire took a verbatim stretch from a copier too); else to the one the target
 * credits; else to the earliest: a verbatim reprint is the original's. A copy all of whose passages another source explains
 * better is indirect: the text is in both, but was not taken from it.
 */
final class DirectSources {

    /** A passage is explained by another source's match when that match covers at least this share of it. */
    private static final double COVERED = 0.5;
    private static final int GRAM = 3;
    private static final double ALL = 0.9;
    private static final double WIDER = 1.5;
    /**
     * A version is closer when the target agrees with it in at least this many more word triples: one word
     * changed inside a stretch changes {@link #GRAM} triples. Less is what chance gives two copy editors (the
     * same word changed twice, a word the first changed changed back): the text cannot tell, so it is a tie.
     */
    private static final int CLEARER = GRAM;

    private final Map<String, Document> documents;

    DirectSources(Map<String, Document> documents) {
        this.documents = documents;
    }

    List<Copy> mark(List<Copy> copies) {
        Map<String, List<Copy>> into = new LinkedHashMap<>();
        for (Copy c : copies) {
            if (c.directed()) {
                into.computeIfAbsent(c.target(), k -> new ArrayList<>()).add(c);
            }
        }
        List<Contest> contests = into.values().stream()
                .map(incoming -> Contest.of(incoming, new WholeTexts(incoming.get(0).target()))).toList();
        Habits habits = new Habits();
        contests.forEach(contest -> contest.winnersOutright().forEach(habits::add));
        Set<Copy> indirect = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        contests.forEach(contest -> indirect.addAll(contest.explainedByOthers(habits)));
        return copies.stream().map(c -> indirect.contains(c) ? c.indirect() : c).toList();
    }

    /**
     * The texts one target's contest reads: the target's own and each source's version of each passage
     * (only the passages: a job that gathers a target's copies on one machine ships those, not whole texts).
     */
    interface Texts {
        String target();

        /** The source's text of the copy's passage ({@code copy.inSource().get(passage)}). */
        String inSource(Copy copy, int passage);
    }

    /** The corpus's texts, for a contest over the whole corpus at once. */
    private final class WholeTexts implements Texts {
        private final String target;

        WholeTexts(String targetId) {
            this.target = documents.get(targetId).text();
        }

        @Override
        public String target() {
            return target;
        }

        @Override
        public String inSource(Copy copy, int passage) {
            return passageOf(documents.get(copy.source()).text(), copy.inSource().get(passage));
        }
    }

    /** The text of a span (cut at the text's end). */
    static String passageOf(String text, Span span) {
        return text.substring(Math.min(span.start(), text.length()), Math.min(span.end(), text.length()));
    }

    /**
     * One target's incoming copies and, made once, how close each rival comes on each passage of each. A
     * copy without rivals wins outright.
     */
    static final class Contest {
        private final List<Copy> incoming;
        /** [copy][passage][rival]: see {@link #closeness}. */
        private final int[][][] closeness;

        Contest(List<Copy> incoming, int[][][] closeness) {
            this.incoming = List.copyOf(incoming);
            this.closeness = closeness;
        }

        /** @param incoming directed copies into one target */
        static Contest of(List<Copy> incoming, Texts texts) {
            Versions versions = new Versions(texts);
            int[][][] closeness = new int[incoming.size()][][];
            for (int c = 0; c < incoming.size(); c++) {
                Copy copy = incoming.get(c);
                closeness[c] = new int[copy.passages()][incoming.size()];
                for (int p = 0; p < copy.passages(); p++) {
                    for (int r = 0; r < incoming.size(); r++) {
                        closeness[c][p][r] = r == c ? Integer.MIN_VALUE
                                : DirectSources.closeness(incoming.get(r), copy, p, versions);
                    }
                }
            }
            return new Contest(incoming, closeness);
        }

        List<Copy> incoming() {
            return incoming;
        }

        /** How close each rival comes, [copy][passage][rival], kept so that a job can decide on another machine. */
        int[][][] closeness() {
            return closeness;
        }

        /** The copies with every passage marked: indirect where {@link #explainedByOthers} says. */
        List<Copy> marked(Habits habits) {
            Set<Copy> indirect = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            indirect.addAll(explainedByOthers(habits));
            return incoming.stream().map(c -> indirect.contains(c) ? c.indirect() : c).toList();
        }

        /** The copies no rival comes as close to on any passage. */
        List<Copy> winnersOutright() {
            List<Copy> winners = new ArrayList<>();
            for (int c = 0; c < incoming.size(); c++) {
                if (Arrays.stream(closeness[c]).allMatch(rivals -> Arrays.stream(rivals).allMatch(x -> x <= -CLEARER))) {
                    winners.add(incoming.get(c));
                }
            }
            return winners;
        }

        /** The copies each of whose passages a rival has closer, or as close and preferred on a tie. */
        List<Copy> explainedByOthers(Habits habits) {
            List<Copy> explained = new ArrayList<>();
            for (int c = 0; c < incoming.size(); c++) {
                if (everyPassageExplained(c, habits)) {
                    explained.add(incoming.get(c));
                }
            }
            return explained;
        }

        private boolean everyPassageExplained(int c, Habits habits) {
            for (int[] rivals : closeness[c]) {
                boolean explained = false;
                for (int r = 0; r < rivals.length && !explained; r++) {
                    explained = rivals[r] >= CLEARER
                            || (tied(rivals[r]) && preferredOnATie(incoming.get(r), incoming.get(c), habits));
                }
                if (!explained) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * How much more the target agrees with the rival's version of the copy's passage than with the copy's,
     * on the best stretch both cover; {@link Integer#MIN_VALUE} when no match of the rival covers enough of it.
     */
    private static int closeness(Copy rival, Copy copy, int passage, Versions versions) {
        int best = Integer.MIN_VALUE;
        Span span = copy.inTarget().get(passage);
        for (int j = 0; j < rival.passages(); j++) {
            Span other = rival.inTarget().get(j);
            int start = Math.max(span.start(), other.start());
            int end = Math.min(span.end(), other.end());
            if (end - start < COVERED * span.length()) {
                continue;
            }
            Span both = new Span(start, end);
            int rivalAgrees = versions.agreement(rival, j, both) + (wider(other, span, end - start) ? GRAM : 0);
            best = Math.max(best, rivalAgrees - versions.agreement(copy, passage, both));
        }
        return best;
    }

    /** Closer by less than {@link #CLEARER} either way (no match covering enough is not a tie). */
    private static boolean tied(int closeness) {
        return closeness > -CLEARER && closeness < CLEARER;
    }

    /**
     * The rival's match holds all of the copy's passage and half as much again: one source for the whole
     * passage is likelier than this one for a part and the rival for the rest, so the copy must agree more
     * by more than one differing word (which changes {@link #GRAM} word triples) to be the source.
     */
    private static boolean wider(Span rival, Span copy, int overlap) {
        return overlap >= ALL * copy.length() && rival.length() >= WIDER * copy.length();
    }

    /**
     * Between equally close versions the text cannot tell, but the target's outlet may: the outlet it takes
     * text from more often where the text can tell; else the source the target credits, when it credits one
     * of the two only; else the earliest. Habit comes before credit because a credit names where a story
     * began as often as where its words were taken (a digest that reprints a copier's text and names the
     * wire it first came from).
     */
    private static boolean preferredOnATie(Copy rival, Copy copy, Habits habits) {
        int habit = Integer.compare(habits.count(rival), habits.count(copy));
        if (habit != 0) {
            return habit > 0;
        }
        boolean rivalCredited = Boolean.TRUE.equals(rival.credited());
        if (rivalCredited != Boolean.TRUE.equals(copy.credited())) {
            return rivalCredited;
        }
        return earlier(rival, copy);
    }

    /** Counts of copies won outright, by target outlet and source outlet. */
    static final class Habits {
        private final Map<String, Map<String, Integer>> counts = new HashMap<>();

        void add(Copy copy) {
            add(copy.targetOutlet(), copy.sourceOutlet(), 1);
        }

        /** Adds {@code n} copies won outright by {@code source} into {@code target} (counts summed elsewhere). */
        void add(String target, String source, int n) {
            counts.computeIfAbsent(target, k -> new HashMap<>()).merge(source, n, Integer::sum);
        }

        int count(Copy copy) {
            return counts.getOrDefault(copy.targetOutlet(), Map.of()).getOrDefault(copy.sourceOutlet(), 0);
        }
    }

    private static boolean earlier(Copy rival, Copy copy) {
        if (rival.sourcePublished() == null || copy.sourcePublished() == null) {
            return false;
        }
        int order = rival.sourcePublished().compareTo(copy.sourcePublished());
        return order < 0 || (order == 0 && rival.source().compareTo(copy.source()) < 0);
    }

    /**
     * One target's passages and their versions in its sources, each version's word triples made once, and
     * the target's triples of each stretch made once: a copy and each rival are compared on the same stretch.
     */
    private static final class Versions {
        private final Texts texts;
        /** Per copy, per passage (a contest's copies each come from another source). */
        private final Map<Copy, long[][]> versions = new java.util.IdentityHashMap<>();
        private final Map<Span, long[]> stretches = new HashMap<>();

        Versions(Texts texts) {
            this.texts = texts;
        }

        /** Word triples of the target inside {@code region} that the source's version of the passage has too. */
        int agreement(Copy copy, int passage, Span region) {
            long[][] ofCopy = versions.computeIfAbsent(copy, c -> new long[c.passages()][]);
            if (ofCopy[passage] == null) {
                ofCopy[passage] = grams(texts.inSource(copy, passage));
            }
            long[] version = ofCopy[passage];
            long[] stretch = stretches.computeIfAbsent(region, r -> grams(passageOf(texts.target(), r)));
            // both sorted: one walk counts each of the stretch's triples (repeats too) that the version has
            int agrees = 0;
            for (int i = 0, j = 0; i < stretch.length && j < version.length; ) {
                if (stretch[i] < version[j]) {
                    i++;
                } else if (stretch[i] > version[j]) {
                    j++;
                } else {
                    agrees++;
                    i++;
                }
            }
            return agrees;
        }

        /** The word triples of a stretch of text, sorted (only the stretch is tokenised: texts are long, passages not). */
        private static long[] grams(String stretch) {
            TokenizedText words = WordTokenizer.tokenize(stretch);
            long[] grams = new long[Math.max(0, words.size() - GRAM + 1)];
            for (int i = 0; i < grams.length; i++) {
                long h = 0;
                for (int k = 0; k < GRAM; k++) {
                    h = h * 0x9E3779B97F4A7C15L + words.hash(i + k);
                }
                grams[i] = h;
            }
            Arrays.sort(grams);
            return grams;
        }
    }
}
