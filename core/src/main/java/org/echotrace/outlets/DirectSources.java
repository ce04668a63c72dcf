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
 * Equally close versions go to the one the target credits, else to the earliest: a verbatim reprint is the
 * original's. A copy all of
 * whose passages another source explains better is indirect: the text is in both, but was not taken from it.
 */
final class DirectSources {

    /** A passage is explained by another source's match when that match covers at least this share of it. */
    private static final double COVERED = 0.5;
    private static final int GRAM = 3;
    private static final double ALL = 0.9;
    private static final double WIDER = 1.5;

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
        Set<Copy> indirect = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (List<Copy> incoming : into.values()) {
            if (incoming.size() > 1) {
                Versions versions = new Versions(incoming.get(0).target());
                incoming.stream().filter(c -> explainedByOthers(c, incoming, versions)).forEach(indirect::add);
            }
        }
        return copies.stream().map(c -> indirect.contains(c) ? c.indirect() : c).toList();
    }

    private static boolean explainedByOthers(Copy copy, List<Copy> rivals, Versions versions) {
        for (int i = 0; i < copy.passages(); i++) {
            int passage = i;
            if (rivals.stream().noneMatch(r -> r != copy && explains(r, copy, passage, versions))) {
                return false;
            }
        }
        return true;
    }

    /** {@code rival} has a version of the copy's passage the target agrees with more, or as much and earlier. */
    private static boolean explains(Copy rival, Copy copy, int passage, Versions versions) {
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
            int copyAgrees = versions.agreement(copy, passage, both);
            if (rivalAgrees > copyAgrees || (rivalAgrees == copyAgrees && preferredOnATie(rival, copy))) {
                return true;
            }
        }
        return false;
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
     * Between equally close versions the text cannot tell, but the target may: the source it credits, when it
     * credits one of the two only; else the earliest.
     */
    private static boolean preferredOnATie(Copy rival, Copy copy) {
        boolean rivalCredited = Boolean.TRUE.equals(rival.credited());
        if (rivalCredited != Boolean.TRUE.equals(copy.credited())) {
            return rivalCredited;
        }
        return earlier(rival, copy);
    }

    private static boolean earlier(Copy rival, Copy copy) {
        if (rival.sourcePublished() == null || copy.sourcePublished() == null) {
            return false;
        }
        int order = rival.sourcePublished().compareTo(copy.sourcePublished());
        return order < 0 || (order == 0 && rival.source().compareTo(copy.source()) < 0);
    }

    /** One target's passages and their versions in its sources, each version's word triples made once. */
    private final class Versions {
        private final String target;
        private final Map<String, long[]> grams = new HashMap<>();

        Versions(String targetId) {
            this.target = documents.get(targetId).text();
        }

        /** Word triples of the target inside {@code region} that the source's version of the passage has too. */
        int agreement(Copy copy, int passage, Span region) {
            Span inSource = copy.inSource().get(passage);
            long[] version = grams.computeIfAbsent(copy.source() + '@' + inSource.start() + '-' + inSource.end(),
                    k -> grams(documents.get(copy.source()).text(), inSource));
            int agrees = 0;
            for (long gram : grams(target, region)) {
                agrees += Arrays.binarySearch(version, gram) >= 0 ? 1 : 0;
            }
            return agrees;
        }

        /** The word triples of a stretch of text, sorted (only the stretch is tokenised: texts are long, passages not). */
        private long[] grams(String text, Span span) {
            TokenizedText words = WordTokenizer.tokenize(text.substring(span.start(), Math.min(span.end(), text.length())));
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
