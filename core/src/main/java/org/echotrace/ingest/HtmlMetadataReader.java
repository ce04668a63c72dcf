package org.echotrace.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.echotrace.domain.Published;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads title, publisher, canonical address and publication date from a page's markup: Open Graph and
 * article meta tags, {@code <time>}, schema.org microdata and JSON-LD. Must run before scripts are removed,
 * since JSON-LD lives in script elements.
 */
final class HtmlMetadataReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private HtmlMetadataReader() {
    }

    static PageMetadata read(Document page) {
        List<JsonNode> jsonLd = jsonLd(page);
        String outlet = firstPresent(meta(page, "og:site_name"), jsonLdText(jsonLd, "publisher", "name"));
        return new PageMetadata(title(page, outlet), outlet, url(page), published(page, jsonLd));
    }

    private static String title(Document page, String outlet) {
        String fromTitleElement = withoutSiteSuffix(page.title(), outlet);
        Element h1 = page.selectFirst("h1");
        return firstPresent(meta(page, "og:title"), meta(page, "twitter:title"), fromTitleElement,
                h1 == null ? null : h1.text());
    }

    /** "Headline | Site" becomes "Headline" when the site's name is known. */
    private static String withoutSiteSuffix(String title, String outlet) {
        if (outlet == null || title == null) {
            return title;
        }
        for (String separator : List.of(" | ", " - ", " – ", " — ", " :: ")) {
            String suffix = separator + outlet;
            if (title.endsWith(suffix)) {
                return title.substring(0, title.length() - suffix.length());
            }
        }
        return title;
    }

    private static String url(Document page) {
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        // absUrl is empty when the page has no base address to resolve a relative link against
        String canonicalUrl = canonical == null ? null
                : firstPresent(canonical.absUrl("href"), canonical.attr("href"));
        return firstPresent(canonicalUrl, meta(page, "og:url"));
    }

    private static Published published(Document page, List<JsonNode> jsonLd) {
        Element microdata = page.selectFirst("[itemprop=datePublished]");
        Element time = page.selectFirst("time[datetime]");
        return Stream.of(
                        meta(page, "article:published_time"),
                        jsonLdText(jsonLd, "datePublished"),
                        microdata == null ? null : firstPresent(microdata.attr("content"), microdata.attr("datetime"),
                                microdata.text()),
                        meta(page, "date"), meta(page, "pubdate"), meta(page, "dc.date"),
                        time == null ? null : time.attr("datetime"))
                .map(HtmlMetadataReader::parseDate)
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(null);
    }

    /** ISO first, as markup should use; else a written-out date such as "September 3, 2023". */
    static Optional<Published> parseDate(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Published.tryParse(value).or(() -> DateReader.readAt(value.strip(), 0).map(DateReader.DateMatch::published));
    }

    /** A {@code <meta>} by {@code property} or {@code name}, e.g. og:title. */
    private static String meta(Document page, String key) {
        for (Element meta : page.select("meta[content]")) {
            if (key.equalsIgnoreCase(meta.attr("property")) || key.equalsIgnoreCase(meta.attr("name"))
                    || key.equalsIgnoreCase(meta.attr("itemprop"))) {
                return meta.attr("content");
            }
        }
        return null;
    }

    private static List<JsonNode> jsonLd(Document page) {
        List<JsonNode> blocks = new ArrayList<>();
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                blocks.add(JSON.readTree(script.data()));
            } catch (JsonProcessingException unreadable) {
                // pages often carry broken JSON-LD; the other sources of metadata still count
            }
        }
        return blocks;
    }

    /** The first text value at {@code path} in any object of the JSON-LD blocks, searching nested objects. */
    private static String jsonLdText(List<JsonNode> blocks, String... path) {
        for (JsonNode block : blocks) {
            Optional<String> found = find(block, path);
            if (found.isPresent()) {
                return found.get();
            }
        }
        return null;
    }

    private static Optional<String> find(JsonNode node, String... path) {
        JsonNode direct = node.path(path[0]);
        for (int i = 1; i < path.length && !direct.isMissingNode(); i++) {
            direct = direct.path(path[i]);
        }
        if (direct.isValueNode() && !direct.asText().isBlank()) {
            return Optional.of(direct.asText());
        }
        for (JsonNode child : node) {
            if (child.isContainerNode()) {
                Optional<String> found = find(child, path);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static String firstPresent(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
