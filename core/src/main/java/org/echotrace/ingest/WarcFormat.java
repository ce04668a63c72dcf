package org.echotrace.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.echotrace.domain.Location;
import org.echotrace.domain.Published;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Web archives (WARC, plain or gzipped), read as a stream record by record: every successful HTML
 * response is one article, its id the captured address. Other records (requests, images, metadata) are
 * passed over. A broken record is reported and skipped: the reader looks for the next record after it.
 */
final class WarcFormat implements ArticleFormat {
    private static final int HTTP_OK = 200;
    private final long maxBytes;

    WarcFormat(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void read(OpenedInput input, ProblemLog log, ArticleSink articles) throws InputProblem, IOException {
        if (input.peek().length == 0) {
            throw new InputProblem("empty file");
        }
        try (WarcCursor cursor = new WarcCursor(input)) {
            for (int number = 1; ; number++) {
                Location location = Location.record(number);
                try {
                    Optional<WarcRecord> record = cursor.next();
                    if (record.isEmpty()) {
                        return;
                    }
                    Optional<RawArticle> article = record.get() instanceof WarcResponse response
                            ? article(input, response, location, log) : Optional.empty();
                    if (article.isPresent() && !articles.accept(article.get())) {
                        return;
                    }
                } catch (InputProblem e) {
                    log.add(location, e.reason());
                } catch (IOException | RuntimeException e) {
                    boolean resumed = cursor.skipBrokenRecord();
                    log.add(location, WarcCursor.describe(e)
                            + (resumed || cursor.canResume() ? "" : "; the records after it cannot be located"));
                    if (!resumed) {
                        return;
                    }
                }
            }
        }
    }

    private Optional<RawArticle> article(OpenedInput input, WarcResponse response, Location location, ProblemLog log)
            throws IOException, InputProblem {
        HttpResponse http = WarcCursor.httpOf(response);
        if (http.status() != HTTP_OK || !isHtml(http.contentType())) {
            return Optional.empty();
        }
        if (response.body().size() > maxBytes) {
            String[] sizes = ByteLoader.describeSizes(response.body().size(), maxBytes);
            throw new InputProblem("record is " + sizes[0] + ", larger than the limit of " + sizes[1] + " (maxBytes)");
        }
        byte[] body = readBody(http.bodyDecoded().stream());
        String target = response.target();
        HtmlArticle article = HtmlArticleExtractor.extract(decode(body, http.contentType(), location, log), target);
        PageMetadata page = article.metadata();
        boolean dateFromCapture = page.published() == null;
        // a page is published no later than it was captured: the capture date is the best guess left
        Published published = dateFromCapture
                ? Published.of(LocalDateTime.ofInstant(response.date(), ZoneOffset.UTC))
                : page.published();
        return Optional.of(new RawArticle(target, input.source() + "#" + location, location, page.title(),
                page.outlet(), page.url() == null ? target : page.url(), published,
                dateFromCapture || page.publishedInferred(), article.text(), page.asMetadata(), page.titleInferred(),
                page.outletInferred()));
    }

    /** The body as served, unpacked if the server compressed it: bounded when expanded, too. */
    private byte[] readBody(InputStream body) throws IOException, InputProblem {
        return ByteLoader.readAtMost(body, maxBytes).orElseThrow(() -> new InputProblem(
                "response body is larger than the limit of " + ByteLoader.describeSize(maxBytes) + " (maxBytes) when unpacked"));
    }

    private static boolean isHtml(MediaType type) {
        String base = type.base().toString();
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }

    /** The charset the server declared, else the same decoding as for files. */
    private static String decode(byte[] body, MediaType type, Location location, ProblemLog log) throws InputProblem {
        String declared = type.parameters().get("charset");
        try {
            if (declared != null && Charset.isSupported(declared)) {
                return new String(body, Charset.forName(declared));
            }
        } catch (IllegalCharsetNameException ignored) {
            // fall back to detection below
        }
        DecodedText decoded = TextDecoder.decode(body);
        if (decoded.note() != null) {
            log.note(location, decoded.note());
        }
        return decoded.text();
    }
}
