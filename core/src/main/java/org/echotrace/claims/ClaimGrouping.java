package org.echotrace.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.echotrace.domain.Statement;

/**
 * Statements joined by matches into claims. Matches are taken closest first, and two groups join only
 * when most pairs of their statements from different documents match too: a bare chain of matches
 * (A like B, B like C) would otherwise pull every statement loosely about the story's subject into one
 * claim.
 */
final class ClaimGrouping {

    private ClaimGrouping() {
    }

    static List<List<Statement>> group(List<Statement> statements, List<StatementMatcher.Match> matches,
                                       StatementMatcher matcher) {
        List<List<Integer>> members = new ArrayList<>();
        int[] groupOf = new int[statements.size()];
        for (int i = 0; i < statements.size(); i++) {
            groupOf[i] = i;
            members.add(new ArrayList<>(List.of(i)));
        }
        List<StatementMatcher.Match> closestFirst = new ArrayList<>(matches);
        closestFirst.sort(Comparator.comparingDouble((StatementMatcher.Match m) -> -Math.max(m.cosine(), m.containment())));
        for (StatementMatcher.Match m : closestFirst) {
            int a = groupOf[m.a()];
            int b = groupOf[m.b()];
            if (a != b && mostlyMatching(members.get(a), members.get(b), statements, matcher)) {
                int into = Math.min(a, b);
                int from = Math.max(a, b);
                members.get(into).addAll(members.get(from));
                members.get(from).forEach(i -> groupOf[i] = into);
                members.get(from).clear();
            }
        }
        Map<Integer, List<Statement>> groups = new LinkedHashMap<>();
        for (int i = 0; i < statements.size(); i++) {
            groups.computeIfAbsent(groupOf[i], g -> new ArrayList<>()).add(statements.get(i));
        }
        return List.copyOf(groups.values());
    }

    /** At least half of the pairs across the two groups, of statements of different documents, match. */
    private static boolean mostlyMatching(List<Integer> a, List<Integer> b, List<Statement> statements,
                                          StatementMatcher matcher) {
        int pairs = 0;
        int matching = 0;
        for (int i : a) {
            for (int j : b) {
                if (!statements.get(i).document().equals(statements.get(j).document())) {
                    pairs++;
                    matching += matcher.matching(matcher.compare(Math.min(i, j), Math.max(i, j))) ? 1 : 0;
                }
            }
        }
        return 2 * matching >= pairs;
    }
}
