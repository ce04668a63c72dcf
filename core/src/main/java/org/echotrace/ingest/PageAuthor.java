package org.echotrace.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The byline a page gives in its markup: JSON-LD {@code author}, the {@code author} meta tag, schema.org
 * microdata or a {@code rel=author} link. Several authors are joined with ", ". Values that are addresses
 * (Facebook's {@code article:author} is a profile URL) or too long to be names are not bylines.
 */
final class PageAuthor {
    private static final int MAX_LENGTH = 120;
    private static final Pattern BY = Pattern.compile("^(?i:by|von|par|por|di)\\s+");

    private PageAuthor() {
    }

    static String of(Document page, List<JsonNode> jsonLd) {
        List<String> fromJsonLd = jsonLdAuthors(jsonLd);
        if (!fromJsonLd.isEmpty()) {
            return String.join(", ", fromJsonLd);
        }
        Element author = page.selectFirst("[itemprop=author]");
        Element named = author == null ? null : author.selectFirst("[itemprop=name]");
        Element microdata = named == null ? author : named;
        Element relAuthor = page.selectFirst("a[rel=author]");
        for (String value : new String[] {HtmlMetadataReader.meta(page, "author"),
                HtmlMetadataReader.meta(page, "article:author"), HtmlMetadataReader.meta(page, "dc.creator"),
                microdata == null ? null : firstPresent(microdata.attr("content"), microdata.text()),
                relAuthor == null ? null : relAuthor.text()}) {
            String name = clean(value);
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    private static List<String> jsonLdAuthors(List<JsonNode> blocks) {
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode block : blocks) {
            collect(block, names, 0);
            if (!names.isEmpty()) {
                break;
            }
        }
        return new ArrayList<>(names);
    }

    /** The names under the first "author" found, searching nested objects and @graph lists. */
    private static void collect(JsonNode node, Set<String> names, int depth) {
        if (depth > 6 || !names.isEmpty()) {
            return;
        }
        JsonNode author = node.path("author");
        if (!author.isMissingNode()) {
            for (JsonNode one : author.isArray() ? author : List.of(author)) {
                String name = clean(one.isTextual() ? one.asText() : one.path("name").asText(null));
                if (name != null) {
                    names.add(name);
                }
            }
            return;
        }
        for (JsonNode child : node) {
            if (child.isContainerNode()) {
                collect(child, names, depth + 1);
            }
        }
    }

    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String name = BY.matcher(value.strip().replaceAll("\\s+", " ")).replaceFirst("");
        boolean address = name.contains("://") || name.startsWith("www.") || name.contains("@");
        return name.isEmpty() || name.length() > MAX_LENGTH || address ? null : name;
    }

    private static String firstPresent(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }
}
