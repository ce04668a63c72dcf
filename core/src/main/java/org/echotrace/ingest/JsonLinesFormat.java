package org.echotrace.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.echotrace.domain.Location;
import org.echotrace.domain.Published;

/**
 * JSON Lines: one article object per line with {@code id, title, text or html, url, published, outlet}.
 * Other fields are kept as metadata. A broken line is reported and skipped; the rest of the file counts.
 * The file is read as a stream, one line at a time.
 */
final class JsonLinesFormat implements ArticleFormat {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final Set<String> KNOWN_FIELDS = Set.of("id", "title", "text", "html", "url", "published",
            "outlet");

    private final long maxBytes;

    JsonLinesFormat(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Reads line by line, each line bounded by the size limit: the file itself may be any size. */
    @Override
    public void read(OpenedInput input, ProblemLog log, ArticleSink articles) throws InputProblem, IOException {
        Utf16Lines.Opened opened = Utf16Lines.open(input.content());
        if (opened.note() != null) {
            log.note(null, opened.note());
        }
        LineReader lines = new LineReader(opened.utf8(), maxBytes);
        boolean anyBytes = false;
        boolean anyText = false;
        boolean legacyNoted = false;
        for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
            anyBytes = true;
            Location location = Location.line(line.number());
            if (line.tooLong()) {
                log.add(location, "line is larger than the limit of " + ByteLoader.describeSize(maxBytes)
                        + " (maxBytes)");
                continue;
            }
            try {
                DecodedText decoded = TextDecoder.decode(line.bytes());
                String text = line.number() == 1 ? decoded.text().replace("\uFEFF", "") : decoded.text();
                if (text.isBlank()) {
                    continue;
                }
                anyText = true;
                if (decoded.note() != null && !legacyNoted) {
                    log.note(location, decoded.note() + " (and any such line after it)");
                    legacyNoted = true;
                }
                if (!articles.accept(article(input.source(), input.stem(), location, parse(text), log))) {
                    return;
                }
            } catch (InputProblem e) {
                anyText = true;
                log.add(location, e.reason());
            } catch (RuntimeException e) {
                anyText = true;
                log.add(location, "could not be read: " + InputProblem.brief(e));
            }
        }
        if (!anyText) {
            throw new InputProblem(anyBytes ? "only whitespace, no text" : "empty file");
        }
    }

    private static JsonNode parse(String line) throws InputProblem {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new InputProblem("malformed JSON: " + InputProblem.brief(e.getOriginalMessage()));
        }
        if (!node.isObject()) {
            throw new InputProblem("not a JSON object but " + node.getNodeType().name().toLowerCase());
        }
        return node;
    }

    /**
     * One record as the article it gives, as line {@code location} of the input named {@code source} (whose
     * name without extension is {@code stem}): an article with neither id nor url is named after that line.
     */
    static RawArticle article(String source, String stem, Location location, JsonNode record, ProblemLog log)
            throws InputProblem {
        String text = field(record, "text");
        String html = field(record, "html");
        String url = field(record, "url");
        if (text == null && html == null) {
            throw new InputProblem("record has neither \"text\" nor \"html\"");
        }
        PageMetadata page = new PageMetadata(null, null, null, null);
        if (text == null) {
            HtmlArticle article = HtmlArticleExtractor.extract(html, url);
            page = article.metadata();
            text = article.text();
        }
        String id = first(field(record, "id"), url, stem + "-line" + location.lineNumber());
        Optional<Published> given = published(record, location, log);
        Map<String, String> metadata = new java.util.LinkedHashMap<>(page.asMetadata());
        metadata.putAll(otherFields(record));
        // what the record gives is given; what came from its page is as sure as the page made it
        return new RawArticle(id, source + "#" + location, location,
                first(field(record, "title"), page.title()), first(field(record, "outlet"), page.outlet()),
                first(url, page.url()), given.orElse(page.published()), given.isEmpty() && page.publishedInferred(),
                text, metadata, field(record, "title") == null && page.titleInferred(),
                field(record, "outlet") == null && page.outletInferred());
    }

    /** The record's date; a value that is no date is reported, and the record kept without it. */
    private static Optional<Published> published(JsonNode record, Location location, ProblemLog log) {
        String value = field(record, "published");
        Optional<Published> published = HtmlMetadataReader.parseDate(value);
        if (value != null && published.isEmpty()) {
            log.note(location, "\"published\" value \"" + value + "\" is not a date; ignored");
        }
        return published;
    }

    /** A field's text; numbers count (ids often are numbers), null and blank do not. */
    private static String field(JsonNode record, String name) {
        JsonNode value = record.get(name);
        if (value == null || !value.isValueNode() || value.isNull() || value.asText().isBlank()) {
            return null;
        }
        return value.asText();
    }

    private static Map<String, String> otherFields(JsonNode record) {
        Map<String, String> metadata = new LinkedHashMap<>();
        record.fields().forEachRemaining(entry -> {
            if (!KNOWN_FIELDS.contains(entry.getKey())) {
                JsonNode value = entry.getValue();
                metadata.put(entry.getKey(), value.isTextual() ? value.asText() : value.toString());
            }
        });
        return metadata;
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
