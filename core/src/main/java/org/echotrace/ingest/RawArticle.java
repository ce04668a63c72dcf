package org.echotrace.ingest;

import java.util.Map;
import org.echotrace.domain.Location;
import org.echotrace.domain.Published;

/**
 * One article as a format reader found it, before cleaning: fields the input gave, and raw text.
 *
 * @param location          where in a multi-record file (a line, a record), or null
 * @param publishedInferred the date was guessed (e.g. a WARC capture date), not given as publication date
 * @param titleInferred     the title was guessed (e.g. a page's first heading), not given as title
 * @param outletInferred    the outlet was guessed (e.g. named after the page's host)
 */
record RawArticle(
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
    RawArticle {
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

    static RawArticle plain(String id, String source, String text) {
        return new RawArticle(id, source, null, null, null, null, null, false, text, Map.of());
    }
}
