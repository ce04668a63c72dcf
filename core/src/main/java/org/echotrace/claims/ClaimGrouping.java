package org.echotrace.claims;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.echotrace.domain.Statement;

/** Statements joined by matches into claims: connected components, in order of their first statement. */
final class ClaimGrouping {

    private ClaimGrouping() {
    }

    static List<List<Statement>> group(List<Statement> statements, List<StatementMatcher.Match> matches) {
        int[] parent = new int[statements.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (StatementMatcher.Match m : matches) {
            int a = root(parent, m.a());
            int b = root(parent, m.b());
            parent[Math.max(a, b)] = Math.min(a, b);
        }
        Map<Integer, List<Statement>> groups = new LinkedHashMap<>();
        for (int i = 0; i < parent.length; i++) {
            groups.computeIfAbsent(root(parent, i), r -> new ArrayList<>()).add(statements.get(i));
        }
        return List.copyOf(groups.values());
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
