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
        return read(page, "");
    }

    /** @param address the page's own address when known (a record's url, a WARC target); may be empty */
    static PageMetadata read(Document page, String address) {
        List<JsonNode> jsonLd = jsonLd(page);
        String url = url(page);
        String host = PageHost.of(firstPresent(url, address));
        String namedOutlet = firstPresent(meta(page, "og:site_name"), jsonLdText(jsonLd, "publisher", "name"),
                meta(page, "application-name"));
        String author = PageAuthor.of(page, jsonLd);
        Element h1 = page.selectFirst("h1");
        String heading = h1 == null ? null : firstPresent(h1.text());
        String marked = firstPresent(meta(page, "og:title"), meta(page, "twitter:title"), page.title(),
                jsonLdText(jsonLd, "headline"));
        List<String> siteNames = java.util.Arrays.asList(namedOutlet, host, PageHost.mainLabel(host), author);
        String title = SiteAffix.strip(marked, heading, siteNames);
        // a title that is only the site's name ("Home", "Anwalt Niemeyer") leaves the heading to say what the page is
        boolean onlySiteName = title != null && heading != null && SiteAffix.namesSite(title, siteNames);
        Optional<Published> markedDate = published(page, jsonLd);
        Optional<Published> addressDate = markedDate.isPresent() ? Optional.empty()
                : UrlDate.of(firstPresent(url, address));
        return new PageMetadata(title == null || onlySiteName ? heading : title, namedOutlet == null ? host : namedOutlet, url,
                markedDate.or(() -> addressDate).orElse(null), (title == null || onlySiteName) && heading != null,
                namedOutlet == null && host != null, addressDate.isPresent(), author);
    }

    private static String url(Document page) {
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        // absUrl is empty when the page has no base address to resolve a relative link against
        String canonicalUrl = canonical == null ? null
                : firstPresent(canonical.absUrl("href"), canonical.attr("href"));
        return firstPresent(canonicalUrl, meta(page, "og:url"));
    }

    /** Meta tags the publishers use for the publication date, in the order they are trusted. */
    private static final List<String> DATE_META = List.of("article:published_time", "og:published_time",
            "article:published", "datePublished", "publish-date", "publish_date", "pubdate", "parsely-pub-date",
            "sailthru.date", "date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued", "dcterms.created");
    /** A page that gives only when it was changed was published no later: the last resort. */
    private static final List<String> MODIFIED_META = List.of("article:modified_time", "og:updated_time",
            "dateModified");

    private static Optional<Published> published(Document page, List<JsonNode> jsonLd) {
        Element microdata = page.selectFirst("[itemprop=datePublished]");
        // no descendant selector ("article time"): jsoup checks ancestors for every element, quadratic when deep
        List<Element> times = page.select("time[datetime]");
        Element time = firstPresentElement(
                times.stream().filter(t -> t.hasAttr("pubdate")).findFirst().orElse(null),
                times.stream().filter(t -> t.closest("article") != null).findFirst().orElse(null),
                times.isEmpty() ? null : times.get(0));
        List<String> candidates = new ArrayList<>();
        DATE_META.forEach(key -> candidates.add(meta(page, key)));
        candidates.add(jsonLdText(jsonLd, "datePublished"));
        candidates.add(microdata == null ? null
                : firstPresent(microdata.attr("content"), microdata.attr("datetime"), microdata.text()));
        candidates.add(time == null ? null : time.attr("datetime"));
        candidates.add(jsonLdText(jsonLd, "dateCreated"));
        MODIFIED_META.forEach(key -> candidates.add(meta(page, key)));
        candidates.add(jsonLdText(jsonLd, "dateModified"));
        return candidates.stream()
                .map(HtmlMetadataReader::parseDate)
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static Element firstPresentElement(Element... elements) {
        for (Element element : elements) {
            if (element != null) {
                return element;
            }
        }
        return null;
    }

    /** ISO first, as markup should use; else a written-out date such as "September 3, 2023". */
    static Optional<Published> parseDate(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Published.tryParse(value).or(() -> DateReader.readAt(value.strip(), 0).map(DateReader.DateMatch::published))
                .filter(PlausibleDate::isPlausible);
    }

    /** A {@code <meta>} by {@code property} or {@code name}, e.g. og:title. */
    static String meta(Document page, String key) {
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
    static String jsonLdText(List<JsonNode> blocks, String... path) {
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
        if (direct.isValueNode() && !direct.isNull() && !direct.asText().isBlank()) {
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

    static String firstPresent(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
