package org.echotrace.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One article after ingest and cleaning. Every offset elsewhere in a report points into {@link #text}.
 *
 * @param id        stable id: the file name without extension, or the record's id (else its URL)
 * @param source    where it was read from: a path, optionally with {@code #line} or {@code #record}
 * @param title     headline, may be null
 * @param outlet    publisher, may be null
 * @param url       may be null
 * @param published may be null when nothing gives a date
 * @param titleInferred     the title was guessed from the text, not given by a field
 * @param outletInferred    the outlet was guessed from the text
 * @param publishedInferred the date was read from a dateline in the text
 * @param text      the cleaned text
 * @param removed   what cleaning removed, with reasons
 * @param metadata  other fields of the input record, kept as given (JSON values as their JSON text)
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Document(
        String id,
        String source,
        String title,
        String outlet,
        String url,
        Published published,
        boolean titleInferred,
        boolean outletInferred,
        boolean publishedInferred,
        String text,
        List<Removal> removed,
        Map<String, String> metadata) {

    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        removed = List.copyOf(removed == null ? List.of() : removed);
        metadata = Map.copyOf(metadata == null ? Map.of() : metadata);
    }

    /** A bare document with only an id and text, as tests and evaluations need. */
    public static Document of(String id, String text) {
        return new Document(id, id, null, null, null, null, false, false, false, text, List.of(), Map.of());
    }

    public Optional<Published> publishedDate() {
        return Optional.ofNullable(published);
    }

    /** The same article without where it was read from (a server's file paths are not for every reader). */
    public Document withoutSource() {
        return new Document(id, null, title, outlet, url, published, titleInferred, outletInferred,
                publishedInferred, text, removed, metadata);
    }

    public Document withId(String newId) {
        return new Document(newId, source, title, outlet, url, published, titleInferred, outletInferred,
                publishedInferred, text, removed, metadata);
    }
}
