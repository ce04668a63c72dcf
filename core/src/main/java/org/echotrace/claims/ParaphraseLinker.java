package org.echotrace.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.echotrace.domain.Document;
import org.echotrace.domain.Passage;
import org.echotrace.domain.ReuseKind;
import org.echotrace.domain.ReusePair;
import org.echotrace.domain.Statement;
import org.echotrace.reuse.DirectionRule;
import org.echotrace.text.WordTokenizer;

/**
 * Documents that share no copied passage but make several of the same claims in other words: a
 * {@link ReuseKind#PARAPHRASE} pair whose passages are the matched statements. Only statement pairs close
 * enough to be restatements (not merely variants) count as evidence.
 */
final class ParaphraseLinker {

    private final ClaimSettings settings;
    private final Map<String, Document> documents;

    ParaphraseLinker(ClaimSettings settings, Map<String, Document> documents) {
        this.settings = settings;
        this.documents = documents;
    }

    /**
     * @param copied pairs already linked by copied text, as "a b" keys: they are not paraphrases
     */
    List<ReusePair> link(List<Statement> statements, List<StatementMatcher.Match> matches, Set<String> copied) {
        Map<String, List<StatementMatcher.Match>> byPair = new TreeMap<>();
        for (StatementMatcher.Match m : matches) {
            if (m.cosine() < settings.paraphraseCosine() && m.containment() < settings.containment()) {
                continue;
            }
            Statement x = statements.get(m.a());
            Statement y = statements.get(m.b());
            boolean ordered = x.document().compareTo(y.document()) < 0;
            String key = ordered ? x.document() + " " + y.document() : y.document() + " " + x.document();
            byPair.computeIfAbsent(key, k -> new ArrayList<>()).add(ordered ? m : new StatementMatcher.Match(m.b(), m.a(),
                    m.cosine(), m.containment()));
        }
        List<ReusePair> pairs = new ArrayList<>();
        byPair.forEach((key, found) -> {
            if (found.size() >= settings.paraphraseClaims() && !copied.contains(key)) {
                pairs.add(pair(key.split(" "), statements, found));
            }
        });
        return pairs;
    }

    private ReusePair pair(String[] ids, List<Statement> statements, List<StatementMatcher.Match> found) {
        Document a = documents.get(ids[0]);
        Document b = documents.get(ids[1]);
        List<Passage> passages = found.stream()
                .map(m -> passage(statements.get(m.a()), statements.get(m.b())))
                .sorted(Comparator.comparing(Passage::a)).toList();
        int shared = passages.stream().mapToInt(Passage::words).sum();
        DirectionRule.Decision direction = DirectionRule.decide(a, b);
        return new ReusePair(a.id(), b.id(), ReuseKind.PARAPHRASE, shared,
                coverage(passages.stream().map(Passage::a).toList(), a),
                coverage(passages.stream().map(Passage::b).toList(), b),
                direction.direction(), direction.reason(), passages);
    }

    /** Words: the content words both statements have; identity: their share of the shorter statement's. */
    private static Passage passage(Statement x, Statement y) {
        Set<String> a = StatementSimilarity.contentWords(x.text());
        Set<String> b = StatementSimilarity.contentWords(y.text());
        int shared = (int) a.stream().filter(b::contains).count();
        return new Passage(x.span(), y.span(), shared, StatementSimilarity.containment(a, b));
    }

    private static double coverage(List<org.echotrace.domain.Span> spans, Document d) {
        int words = WordTokenizer.count(d.text());
        int covered = spans.stream().distinct()
                .mapToInt(s -> WordTokenizer.count(s.of(d.text()))).sum();
        return words == 0 ? 0 : Math.min(1, (double) covered / words);
    }

    static Set<String> keys(List<ReusePair> reuse) {
        return reuse.stream().map(p -> p.a() + " " + p.b()).collect(Collectors.toSet());
    }
}
