package org.echotrace.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.echotrace.domain.Document;
import org.echotrace.domain.Published;
import org.echotrace.domain.Removal;

/**
 * A document while it is being cleaned: its lines, the metadata known so far and what has been removed.
 * Stages change it in place; {@link #toDocument()} freezes it.
 */
final class DocumentDraft {
    private static final Pattern THREE_OR_MORE_NEWLINES = Pattern.compile("\n{3,}");

    private final String id;
    private final String source;
    private final List<String> lines;
    private final List<Removal> removals = new ArrayList<>();
    private final Map<String, String> metadata;
    private final String url;
    private String title;
    private String outlet;
    private Published published;
    private boolean titleInferred;
    private boolean outletInferred;
    private boolean publishedInferred;

    DocumentDraft(RawArticle raw) {
        this.id = raw.id();
        this.source = raw.source();
        this.url = raw.url();
        this.title = blankToNull(raw.title());
        this.outlet = blankToNull(raw.outlet());
        this.published = raw.published();
        this.publishedInferred = raw.publishedInferred();
        this.titleInferred = raw.titleInferred() && this.title != null;
        this.outletInferred = raw.outletInferred() && this.outlet != null;
        this.metadata = new LinkedHashMap<>(raw.metadata());
        this.lines = normalisedLines(raw.text());
    }

    /** Newlines unified, byte-order mark and trailing spaces (including no-break spaces) dropped. */
    private static List<String> normalisedLines(String text) {
        String unified = text.replace("\uFEFF", "").replace("\r\n", "\n").replace('\r', '\n');
        List<String> result = new ArrayList<>();
        for (String line : unified.split("\n", -1)) {
            result.add(withoutTrailingSpace(line));
        }
        return result;
    }

    /**
     * The line without the white space (no-break and narrow spaces included) that ends it, exactly as the
     * regular expression "one or more of those, then $" removed it (tried at every space of every line, it
     * was most of the cleaning time): $ also matches before a final line terminator other than a newline
     * (U+0085, U+2028, U+2029), so the spaces before one of those go too.
     */
    static String withoutTrailingSpace(String line) {
        int end = line.length();
        if (end > 0 && isFinalTerminator(line.charAt(end - 1))) {
            end--;
        }
        int cut = end;
        while (cut > 0 && isTrailingSpace(line.charAt(cut - 1))) {
            cut--;
        }
        return cut == end ? line : line.substring(0, cut) + line.substring(end);
    }

    private static boolean isFinalTerminator(char c) {
        return c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static boolean isTrailingSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
                || c == '\u00A0' || c == '\u2007' || c == '\u202F';
    }

    int lineCount() {
        return lines.size();
    }

    String line(int index) {
        return lines.get(index);
    }

    /** Indexes of the first {@code max} non-blank lines. */
    List<Integer> contentLines(int max) {
        List<Integer> result = new ArrayList<>();
        for (int i = 0; i < lines.size() && result.size() < max; i++) {
            if (!lines.get(i).isBlank()) {
                result.add(i);
            }
        }
        return result;
    }

    /** Index of the last non-blank line, or -1. */
    int lastContentLine() {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    void removeLine(int index, String reason) {
        removals.add(new Removal(lines.get(index).strip(), reason));
        lines.remove(index);
    }

    /** Cuts the first {@code length} characters off a line, e.g. a dateline opener before the first sentence. */
    void removeLineStart(int index, int length, String reason) {
        String line = lines.get(index);
        removals.add(new Removal(line.substring(0, length).strip(), reason));
        lines.set(index, line.substring(length).stripLeading());
    }

    String title() {
        return title;
    }

    String outlet() {
        return outlet;
    }

    Published published() {
        return published;
    }

    void inferTitle(String value) {
        title = value;
        titleInferred = true;
    }

    void inferOutlet(String value) {
        outlet = value;
        outletInferred = true;
    }

    void inferPublished(Published value) {
        published = value;
        publishedInferred = true;
    }

    /** Records a fact from the text in the metadata, unless the input already gave that field. */
    void noteMetadata(String key, String value) {
        metadata.putIfAbsent(key, value);
    }

    /** The cleaned text: lines joined, runs of blank lines collapsed to one, blank ends trimmed. */
    String text() {
        return THREE_OR_MORE_NEWLINES.matcher(String.join("\n", lines)).replaceAll("\n\n").strip();
    }

    Document toDocument() {
        return new Document(id, source, title, outlet, url, published, titleInferred, outletInferred,
                publishedInferred, text(), removals, metadata);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
