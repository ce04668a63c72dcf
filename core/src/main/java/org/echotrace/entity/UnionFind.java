package org.echotrace.entity;

import java.util.HashMap;
import java.util.Map;

/** Groups of strings joined by "same thing" links; the classic disjoint-set forest over string keys. */
final class UnionFind {

    private final Map<String, String> parent = new HashMap<>();

    void add(String key) {
        parent.putIfAbsent(key, key);
    }

    String find(String key) {
        add(key);
        String root = key;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        String node = key;
        while (!node.equals(root)) {
            String next = parent.get(node);
            parent.put(node, root);
            node = next;
        }
        return root;
    }

    void union(String a, String b) {
        String rootA = find(a);
        String rootB = find(b);
        if (!rootA.equals(rootB)) {
            parent.put(rootB, rootA);
        }
    }

    Iterable<String> keys() {
        return parent.keySet();
    }
}
