package org.echotrace.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/** Decides an input's format: by its extension when it has a known one, else by looking at the content. */
final class FormatSniffer {
    private static final int SNIFF_BYTES = 2048;
    private static final Pattern HTML_START = Pattern.compile(
            "(?is)^\\s*<(?:!doctype\\s+html|html|head|body|meta|title|article|div|p|!--)[\\s>/].*");

    private FormatSniffer() {
    }

    static Format formatOf(OpenedInput input) throws java.io.IOException {
        Optional<Format> byName = Format.byName(input.fileName());
        return byName.isPresent() ? byName.get() : sniff(input.peek());
    }

    static Format sniff(byte[] bytes) {
        byte[] head = Gzip.hasMagic(bytes) ? Gzip.peek(bytes, SNIFF_BYTES) : bytes;
        String start = new String(head, 0, Math.min(head.length, SNIFF_BYTES), StandardCharsets.UTF_8)
                .replace("\uFEFF", "");
        if (start.startsWith("WARC/")) {
            return Format.WARC;
        }
        if (HTML_START.matcher(start).matches()) {
            return Format.HTML;
        }
        String firstLine = start.strip().lines().findFirst().orElse("").strip();
        // a first record longer than the sample cannot show its closing brace
        boolean lineCutOff = head.length >= SNIFF_BYTES && start.strip().lines().count() <= 1;
        if (firstLine.startsWith("{") && (firstLine.endsWith("}") || lineCutOff)) {
            return Format.JSONL;
        }
        return Format.TEXT;
    }
}
