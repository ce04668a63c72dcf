package org.echotrace.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.echotrace.domain.Document;
import org.echotrace.report.ReportJson;

/**
 * A document as it travels between executors: its place in the corpus order, and the document itself as its
 * report JSON (core's records are not serializable, and the JSON is the output format anyway), held as UTF-8
 * bytes: Java serialization copies a byte array in bulk but writes a String a character at a time, which
 * made shuffling and caching the documents a tenth of the job.
 *
 * @param ordinal  position in the corpus order (files in sorted order, records in file order), dense from 0;
 *                 the batch path aligns each pair from the earlier document, so the job must too
 * @param epochDay publication day, or {@link #UNDATED}
 */
public record EncodedDocument(int ordinal, String id, long epochDay, byte[] utf8) implements Serializable {

    public static final long UNDATED = Long.MIN_VALUE;

    private static final ObjectWriter COMPACT = ReportJson.mapper().writer().without(SerializationFeature.INDENT_OUTPUT);

    public static EncodedDocument of(int ordinal, Document document) {
        return of(ordinal, document, toJson(document).getBytes(StandardCharsets.UTF_8));
    }

    /** A document already written as report JSON (UTF-8), numbered. */
    static EncodedDocument of(int ordinal, byte[] utf8) {
        return of(ordinal, decode(utf8), utf8);
    }

    private static EncodedDocument of(int ordinal, Document document, byte[] utf8) {
        long day = document.published() == null ? UNDATED : document.published().date().toEpochDay();
        return new EncodedDocument(ordinal, document.id(), day, utf8);
    }

    public Document document() {
        return decode(utf8);
    }

    private static Document decode(byte[] utf8) {
        try {
            return ReportJson.mapper().readValue(utf8, Document.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document as one line of report JSON. */
    public String json() {
        return new String(utf8, StandardCharsets.UTF_8);
    }

    public boolean dated() {
        return epochDay != UNDATED;
    }

    /** One line of JSON in the report's schema. */
    static String toJson(Object value) {
        try {
            return COMPACT.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static <T> T fromJson(String json, Class<T> type) {
        try {
            return ReportJson.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
