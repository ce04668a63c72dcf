package org.echotrace.spark;

import java.util.List;

/**
 * Connected components of the story links, on the driver: the links that can start a story merge are far
 * fewer than the documents (16 bytes each), so a union-find over an int array is cheaper than an iterative
 * distributed algorithm and exact.
 */
final class Components {

    private Components() {
    }

    /** For each of {@code n} items, the smallest item of its component. */
    static int[] of(int n, List<long[]> edges) {
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

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
