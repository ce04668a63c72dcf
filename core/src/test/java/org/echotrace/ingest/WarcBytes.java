package org.echotrace.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

/** Builds small WARC files byte by byte, so tests control every header and can cut records short. */
final class WarcBytes {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final boolean gzip;

    private WarcBytes(boolean gzip) {
        this.gzip = gzip;
    }

    static WarcBytes plain() {
        return new WarcBytes(false);
    }

    /** Each record its own gzip member, as WARC tools write them. */
    static WarcBytes gzipped() {
        return new WarcBytes(true);
    }

    WarcBytes warcinfo() {
        return record("warcinfo", null, "2024-02-11T10:00:00Z", "application/warc-fields", "software: test\r\n");
    }

    WarcBytes htmlResponse(String uri, String html) {
        return response(uri, 200, "text/html; charset=utf-8", html);
    }

    WarcBytes response(String uri, int status, String contentType, String body) {
        byte[] payload = body.getBytes(StandardCharsets.UTF_8);
        String http = "HTTP/1.1 " + status + " X\r\nContent-Type: " + contentType + "\r\nContent-Length: "
                + payload.length + "\r\n\r\n" + body;
        return record("response", uri, "2024-02-11T10:00:00Z", "application/http; msgtype=response", http);
    }

    WarcBytes request(String uri) {
        return record("request", uri, "2024-02-11T10:00:00Z", "application/http; msgtype=request",
                "GET / HTTP/1.1\r\nHost: example\r\n\r\n");
    }

    WarcBytes raw(String text) {
        write(text.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    byte[] bytes() {
        return out.toByteArray();
    }

    private WarcBytes record(String type, String uri, String date, String contentType, String block) {
        byte[] content = block.getBytes(StandardCharsets.UTF_8);
        StringBuilder header = new StringBuilder("WARC/1.0\r\n")
                .append("WARC-Type: ").append(type).append("\r\n")
                .append("WARC-Record-ID: <urn:uuid:").append(UUID.randomUUID()).append(">\r\n")
                .append("WARC-Date: ").append(date).append("\r\n");
        if (uri != null) {
            header.append("WARC-Target-URI: ").append(uri).append("\r\n");
        }
        header.append("Content-Type: ").append(contentType).append("\r\n")
                .append("Content-Length: ").append(content.length).append("\r\n\r\n");
        ByteArrayOutputStream record = new ByteArrayOutputStream();
        record.writeBytes(header.toString().getBytes(StandardCharsets.UTF_8));
        record.writeBytes(content);
        record.writeBytes("\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        write(gzip ? gzip(record.toByteArray()) : record.toByteArray());
        return this;
    }

    private void write(byte[] bytes) {
        out.writeBytes(bytes);
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(compressed)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return compressed.toByteArray();
    }
}
