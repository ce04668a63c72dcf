package org.echotrace.store;

/** How much a store holds. */
public record StoreStats(int articles, int stories, int reusePairs) {
}
