package org.echotrace.ingest;

import java.util.Map;

import org.echotrace.domain.Published;

/**
 * What a web page says about itself in its markup; any part may be null.
 *
 * @param titleInferred     the title was taken from the page's first heading, not from title markup
 * @param outletInferred    the outlet was named after the page's host, not by the page
 * @param publishedInferred the date was read from the page's address, not from date markup
 * @param author            the byline, kept as metadata and never as text
 */
record PageMetadata(String title, String outlet, String url, Published published, boolean titleInferred,
                    boolean outletInferred, boolean publishedInferred, String author) {

    /** Metadata as a record's own fields give it: nothing inferred, no byline. */
    PageMetadata(String title, String outlet, String url, Published published) {
        this(title, outlet, url, published, false, false, false, null);
    }

    /** What the page tells beyond the article's fields, as document metadata: its byline. */
    Map<String, String> asMetadata() {
        return author() == null ? Map.of() : Map.of("author", author());
    }
}
