package org.echotrace.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.echotrace.domain.Attribution;
import org.echotrace.domain.Document;
import org.echotrace.domain.Span;
import org.echotrace.domain.Statement;
import org.echotrace.language.DocumentLanguage;
import org.echotrace.text.WordTokenizer;

/**
 * Each document's clauses as statements, each linked to the attribution that covers it. A clause too
 * short to assert anything (a byline, "Leave a Comment") is not a statement.
 */
public final class StatementReader {

    /** Fewer words than this is a fragment, not a claim; the shortest full claims ("They seized 150 devices") have five. */
    static final int FEWEST_WORDS = 5;

    private final List<Attribution> attributions;

    /** @param attributions the report's attributions: statements refer to them by index */
    public StatementReader(List<Attribution> attributions) {
        this.attributions = List.copyOf(attributions);
    }

    public List<Statement> read(Document document, DocumentLanguage language) {
        List<Integer> own = new ArrayList<>();
        for (int i = 0; i < attributions.size(); i++) {
            if (attributions.get(i).document().equals(document.id())) {
                own.add(i);
            }
        }
        List<Statement> statements = new ArrayList<>();
        for (Span clause : language.clauses()) {
            if (WordTokenizer.count(clause.of(document.text())) >= FEWEST_WORDS) {
                statements.add(new Statement(document.id(), clause.start(), clause.end(), clause.of(document.text()),
                        covering(clause, own)));
            }
        }
        return statements;
    }

    /**
     * The attribution whose content covers most of the clause (at least half of it), or whose cue stands
     * in the clause ("the source said" frames what the clause says); null when none does.
     */
    private Integer covering(Span clause, List<Integer> candidates) {
        Map<Integer, Integer> overlap = new HashMap<>();
        for (int i : candidates) {
            Attribution a = attributions.get(i);
            int shared = overlap(clause, a.content().span());
            if (2 * shared >= clause.length() || clause.contains(a.cue().span()) && shared > 0) {
                overlap.put(i, shared);
            }
        }
        return overlap.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static int overlap(Span a, Span b) {
        return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
    }
}
