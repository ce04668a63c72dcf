package org.echotrace.ingest;

import java.util.Map;
import java.util.Objects;
import org.echotrace.domain.Location;
import org.echotrace.domain.Published;

/**
 * One article as a format reader found it, before cleaning: fields the input gave, and raw text. A caller that
 * has an article's fields rather than a file (a web form, an API request) builds one with {@link #given} and
 * hands it to {@link Ingester#read(RawArticle)}, so that it is cleaned as a file's article would be.
 *
 * @param location          where in a multi-record file (a line, a record), or null
 * @param publishedInferred the date was guessed (e.g. a WARC capture date), not given as publication date
 * @param titleInferred     the title was guessed (e.g. a page's first heading), not given as title
 * @param outletInferred    the outlet was guessed (e.g. named after the page's host)
 */
public record RawArticle(
        String id,
        String source,
        Location location,
        String title,
        String outlet,
        String url,
        Published published,
        boolean publishedInferred,
        String text,
        Map<String, String> metadata,
        boolean titleInferred,
        boolean outletInferred) {

    /** Every text field has its lone surrogates replaced: whatever the input, the article can be written as UTF-8. */
    public RawArticle {
        id = LoneSurrogates.replace(id);
        source = LoneSurrogates.replace(source);
        title = LoneSurrogates.replace(title);
        outlet = LoneSurrogates.replace(outlet);
        url = LoneSurrogates.replace(url);
        text = LoneSurrogates.replace(text);
        metadata = sanitised(metadata == null ? Map.of() : metadata);
    }

    private static Map<String, String> sanitised(Map<String, String> metadata) {
        Map<String, String> clean = new java.util.LinkedHashMap<>();
        metadata.forEach((key, value) -> clean.put(LoneSurrogates.replace(key), LoneSurrogates.replace(value)));
        return Map.copyOf(clean);
    }

    /** An article whose title and outlet, if any, were given, not guessed. */
    RawArticle(String id, String source, Location location, String title, String outlet, String url,
               Published published, boolean publishedInferred, String text, Map<String, String> metadata) {
        this(id, source, location, title, outlet, url, published, publishedInferred, text, metadata, false, false);
    }

    /**
     * An article given field by field, as a JSON Lines record gives it: blank fields are absent, and the date is
     * read as a record's is (ISO, else written out as "September 3, 2023"); a value that is no date is left out.
     *
     * @param source where it came from, for problems and the document's {@code source}
     */
    public static RawArticle given(String id, String source, String title, String published, String text) {
        return new RawArticle(blankToNull(id), source, null, blankToNull(title), null, null,
                HtmlMetadataReader.parseDate(published).orElse(null), false, Objects.requireNonNull(text, "text"),
                Map.of());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    static RawArticle plain(String id, String source, String text) {
        return new RawArticle(id, source, null, null, null, null, null, false, text, Map.of());
    }
}
