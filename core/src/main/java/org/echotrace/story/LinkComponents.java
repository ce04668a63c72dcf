package org.echotrace.story;

import java.util.ArrayList;
import java.util.List;

/**
 * Connected components of the story links that can start a merge: a union-find over an int array, exact
 * and cheap (the links are far fewer than the documents squared). Stories never cross two components.
 */
public final class LinkComponents {

    private LinkComponents() {
    }

    /** For each of {@code n} items, the smallest item of its component. */
    public static int[] of(int n, List<long[]> edges) {
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (long[] e : edges) {
            int a = root(parent, (int) e[0]);
            int b = root(parent, (int) e[1]);
            if (a != b) {
                parent[Math.max(a, b)] = Math.min(a, b);
            }
        }
        for (int i = 0; i < n; i++) {
            parent[i] = root(parent, i);
        }
        return parent;
    }

    /** The members of each component, in ascending order, the components by their smallest member. */
    static List<List<Integer>> members(int[] component) {
        List<List<Integer>> groups = new ArrayList<>();
        int[] groupOf = new int[component.length];
        for (int i = 0; i < component.length; i++) {
            if (component[i] == i) {
                groupOf[i] = groups.size();
                groups.add(new ArrayList<>(1));
            }
            groups.get(groupOf[component[i]]).add(i);
        }
        return groups;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
