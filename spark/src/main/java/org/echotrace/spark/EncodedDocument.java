package org.echotrace.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.Serializable;
import java.io.UncheckedIOException;
import org.echotrace.domain.Document;
import org.echotrace.report.ReportJson;

/**
 * A document as it travels between executors: its place in the corpus order, and the document itself as its
 * report JSON (core's records are not serializable, and the JSON is the output format anyway).
 *
 * @param ordinal  position in the corpus order (files in sorted order, records in file order), dense from 0;
 *                 the batch path aligns each pair from the earlier document, so the job must too
 * @param epochDay publication day, or {@link #UNDATED}
 */
public record EncodedDocument(int ordinal, String id, long epochDay, String json) implements Serializable {

    public static final long UNDATED = Long.MIN_VALUE;

    private static final ObjectWriter COMPACT = ReportJson.mapper().writer().without(SerializationFeature.INDENT_OUTPUT);

    public static EncodedDocument of(int ordinal, Document document) {
        long day = document.published() == null ? UNDATED : document.published().date().toEpochDay();
        return new EncodedDocument(ordinal, document.id(), day, toJson(document));
    }

    public Document document() {
        return fromJson(json, Document.class);
    }

    public EncodedDocument withOrdinal(int newOrdinal) {
        return new EncodedDocument(newOrdinal, id, epochDay, json);
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
