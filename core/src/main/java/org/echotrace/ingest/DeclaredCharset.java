package org.echotrace.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The encoding a page declares for itself, in {@code <meta charset>}, {@code <meta http-equiv="Content-Type">}
 * or an XML declaration: what a browser uses when the bytes are not UTF-8. Labels are read as browsers read
 * them (the WHATWG Encoding standard): "iso-8859-1" and "ascii" mean windows-1252, "gb2312" means GBK.
 */
final class DeclaredCharset {
    /** Archived pages put the archive's toolbar before the page's own head: look further than a browser's 1 KB. */
    private static final int SCANNED_BYTES = 32 * 1024;
    private static final Pattern DECLARATION = Pattern.compile(
            "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)|<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> BROWSER_LABELS = Map.of(
            "iso-8859-1", "windows-1252", "latin1", "windows-1252", "us-ascii", "windows-1252",
            "ascii", "windows-1252", "iso-8859-9", "windows-1254", "gb2312", "GBK", "x-gbk", "GBK");

    private DeclaredCharset() {
    }

    /** The declared encoding, when the page names one that Java knows; empty for none or an unknown one. */
    static Optional<Charset> of(byte[] bytes) {
        // every encoding a page can declare is ASCII-compatible in its markup, so Latin-1 reads the tags right
        String head = new String(bytes, 0, Math.min(bytes.length, SCANNED_BYTES), StandardCharsets.ISO_8859_1);
        Matcher declaration = DECLARATION.matcher(head);
        if (!declaration.find()) {
            return Optional.empty();
        }
        String label = (declaration.group(1) != null ? declaration.group(1) : declaration.group(2))
                .toLowerCase(Locale.ROOT);
        try {
            return Optional.of(Charset.forName(BROWSER_LABELS.getOrDefault(label, label)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
