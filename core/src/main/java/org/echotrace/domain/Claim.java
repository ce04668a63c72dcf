package org.echotrace.domain;

import java.util.List;
import java.util.Objects;

/**
 * Statements of one story's documents that assert the same thing, copied, edited or in new words, with
 * where they come from.
 *
 * @param id                 {@code c1}, {@code c2}, ... in order of the story, then of the first statement
 * @param story              id of the story whose documents make it
 * @param statements         one or more per document, in document order
 * @param sources            the original sources the documents give for it, chains followed
 * @param firstDocument      the earliest published document that makes it, null when none is dated
 * @param repeatedUnsourced  documents that make it without giving any source
 * @param unattributed       no document gives a source for it
 * @param conflicts          where the documents' figures, places, dates or actors differ
 */
public record Claim(String id, String story, List<Statement> statements, List<ClaimSource> sources,
                    String firstDocument, List<String> repeatedUnsourced, boolean unattributed,
                    List<Conflict> conflicts) {
    public Claim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(story, "story");
        statements = List.copyOf(statements);
        sources = List.copyOf(sources);
        repeatedUnsourced = List.copyOf(repeatedUnsourced);
        conflicts = List.copyOf(conflicts);
    }

    /** The documents that make it, in order of first statement. */
    public List<String> documents() {
        return statements.stream().map(Statement::document).distinct().toList();
    }
}
