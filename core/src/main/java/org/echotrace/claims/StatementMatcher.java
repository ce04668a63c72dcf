package org.echotrace.claims;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.echotrace.domain.Statement;

/**
 * Statements with their vectors and content words, and which of them match: for each statement, its
 * closest statement in each other document, when that one is close enough. Keeping only the closest
 * keeps a statement from pulling in everything loosely about the same topic.
 */
public final class StatementMatcher {

    /** Two statements of different documents judged to assert the same thing. */
    public record Match(int a, int b, double cosine, double containment) {
    }

    private final ClaimSettings settings;
    private final List<Statement> statements;
    private final List<float[]> vectors;
    private final List<Set<String>> words = new ArrayList<>();

    public StatementMatcher(ClaimSettings settings, List<Statement> statements, List<float[]> vectors) {
        if (statements.size() != vectors.size()) {
            throw new IllegalArgumentException(statements.size() + " statements but " + vectors.size() + " vectors");
        }
        this.settings = settings;
        this.statements = List.copyOf(statements);
        this.vectors = List.copyOf(vectors);
        statements.forEach(s -> words.add(StatementSimilarity.contentWords(s.text())));
    }

    /** Every statement's best match in every other document, each pair once. One pass over all pairs. */
    public List<Match> matches() {
        Set<Match> found = new LinkedHashSet<>();
        for (int i = 0; i < statements.size(); i++) {
            Map<String, Match> best = new LinkedHashMap<>();
            for (int j = 0; j < statements.size(); j++) {
                String other = statements.get(j).document();
                if (!other.equals(statements.get(i).document())) {
                    Match m = compare(Math.min(i, j), Math.max(i, j));
                    Match kept = best.get(other);
                    if (matching(m) && (kept == null || score(m) > score(kept))) {
                        best.put(other, m);
                    }
                }
            }
            found.addAll(best.values());
        }
        return List.copyOf(found);
    }

    /** How alike statements i and j are; containment is 0 when the shorter has too few content words. */
    public Match compare(int i, int j) {
        Set<String> a = words.get(i);
        Set<String> b = words.get(j);
        double containment = Math.min(a.size(), b.size()) >= settings.fewestWords()
                ? StatementSimilarity.containment(a, b) : 0;
        return new Match(i, j, SentenceEmbedder.cosine(vectors.get(i), vectors.get(j)), containment);
    }

    public boolean matching(Match m) {
        return m.cosine() >= settings.cosine() || m.containment() >= settings.containment();
    }

    private static double score(Match m) {
        return Math.max(m.cosine(), m.containment());
    }
}
