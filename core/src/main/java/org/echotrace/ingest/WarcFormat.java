package org.echotrace.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.echotrace.domain.Published;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Web archives (WARC, plain or gzipped): every successful HTML response is one article, its id the
 * captured address. Other records (requests, images, metadata) are passed over. A broken record ends the
 * file, since the records after it cannot be located, but the articles read before it are kept.
 */
final class WarcFormat implements ArticleFormat {
    private static final int HTTP_OK = 200;
    private final long maxBytes;

    WarcFormat(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public List<RawArticle> read(LoadedInput input, ProblemLog log) throws InputProblem {
        if (input.bytes().length == 0) {
            throw new InputProblem("empty file");
        }
        List<RawArticle> articles = new ArrayList<>();
        try (WarcReader reader = new WarcReader(new ByteArrayInputStream(input.bytes()))) {
            readRecords(reader, input, log, articles);
        } catch (IOException | RuntimeException e) {
            throw new InputProblem("not a readable WARC file: " + InputProblem.brief(e));
        }
        return articles;
    }

    private void readRecords(WarcReader reader, LoadedInput input, ProblemLog log, List<RawArticle> articles) {
        for (int number = 1; ; number++) {
            String location = "record " + number;
            try {
                Optional<WarcRecord> record = reader.next();
                if (record.isEmpty()) {
                    return;
                }
                if (record.get() instanceof WarcResponse response) {
                    article(input, response, location, log).ifPresent(articles::add);
                }
            } catch (InputProblem e) {
                log.add(location, e.reason());
            } catch (IOException | RuntimeException e) {
                log.add(location, "malformed or truncated WARC record: " + InputProblem.brief(e));
                return;
            }
        }
    }

    private Optional<RawArticle> article(LoadedInput input, WarcResponse response, String location, ProblemLog log)
            throws IOException, InputProblem {
        HttpResponse http = response.http();
        if (http.status() != HTTP_OK || !isHtml(http.contentType())) {
            return Optional.empty();
        }
        byte[] body = ByteLoader.readAtMost(http.bodyDecoded().stream(), maxBytes, "response body is");
        String target = response.target();
        HtmlArticle article = HtmlArticleExtractor.extract(decode(body, http.contentType(), location, log), target);
        PageMetadata page = article.metadata();
        boolean dateFromCapture = page.published() == null;
        // a page is published no later than it was captured: the capture date is the best guess left
        Published published = dateFromCapture
                ? Published.of(LocalDateTime.ofInstant(response.date(), ZoneOffset.UTC))
                : page.published();
        return Optional.of(new RawArticle(target, input.source() + "#" + location, location, page.title(),
                page.outlet(), page.url() == null ? target : page.url(), published, dateFromCapture,
                article.text(), Map.of()));
    }

    private static boolean isHtml(MediaType type) {
        String base = type.base().toString();
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }

    /** The charset the server declared, else the same decoding as for files. */
    private static String decode(byte[] body, MediaType type, String location, ProblemLog log) throws InputProblem {
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
            log.add(location, decoded.note());
        }
        return decoded.text();
    }
}
