package org.echotrace.domain;

import java.util.List;
import java.util.Objects;

/**
 * One outlet of a corpus: how much of its text it took from others, and how much others took from it.
 * Words are counted in the outlet's own cleaned texts, each word once however many sources it matches.
 *
 * @param name               the outlet's name (see {@link DocumentOutlet} for how it is found)
 * @param inferred           no document of it named its outlet: the name was guessed (site host, or unknown)
 * @param articles           its documents
 * @param words              words in its documents
 * @param wordsFromElsewhere words of its documents that appear in an earlier document of another outlet
 * @param sources            per outlet it took from, the words of its documents that appear earlier there, most first
 * @param wordsTakenByOthers words of its documents that appear in a later document of another outlet
 * @param creditGiven        share of its copies (article pairs, it the later side) that credit the source; null
 *                           when it copied nothing or credit was not checked
 * @param creditReceived     share of the copies of its text that credit it; null when nobody copied it
 */
public record Outlet(String name, boolean inferred, int articles, int words, int wordsFromElsewhere,
                     List<OutletWords> sources, int wordsTakenByOthers, Double creditGiven, Double creditReceived) {
    public Outlet {
        Objects.requireNonNull(name, "name");
        sources = List.copyOf(sources);
    }

    /** Share of its words that appear earlier elsewhere, 0..1. */
    public double shareFromElsewhere() {
        return words == 0 ? 0 : (double) wordsFromElsewhere / words;
    }
}
