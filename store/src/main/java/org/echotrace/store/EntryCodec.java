package org.echotrace.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.echotrace.domain.Document;
import org.echotrace.domain.ReusePair;
import org.echotrace.domain.Story;
import org.echotrace.language.DocumentLanguage;
import org.echotrace.language.NameMention;
import org.echotrace.report.ReportJson;
import org.echotrace.story.SubjectTerms;

/** Turns store records into Lucene entries and back. The records themselves are kept as compact JSON. */
final class EntryCodec {

    private static final ObjectMapper JSON = ReportJson.mapper().copy().disable(SerializationFeature.INDENT_OUTPUT);

    private EntryCodec() {
    }

    static org.apache.lucene.document.Document article(StoredArticle stored, long[] fingerprints,
                                                       SubjectTerms.Counts words, WordVector vector) {
        Document doc = stored.document();
        org.apache.lucene.document.Document entry = new org.apache.lucene.document.Document();
        typeAndId(entry, Fields.ARTICLE, doc.id());
        entry.add(new StoredField(Fields.ID, doc.id()));
        entry.add(new SortedDocValuesField(Fields.ARTICLE_ID, new org.apache.lucene.util.BytesRef(doc.id())));
        entry.add(new StringField(Fields.SHA, sha(doc.text()), Field.Store.YES));
        entry.add(new StoredField(Fields.JSON, json(doc)));
        entry.add(new TextField(Fields.TEXT, doc.text(), Field.Store.NO));
        if (doc.title() != null) {
            entry.add(new TextField(Fields.TITLE, doc.title(), Field.Store.NO));
        }
        if (doc.outlet() != null) {
            entry.add(new StringField(Fields.OUTLET, outletKey(doc.outlet()), Field.Store.NO));
        }
        if (doc.published() != null) {
            long day = doc.published().date().toEpochDay();
            entry.add(new LongPoint(Fields.DAY, day));
            entry.add(new StoredField(Fields.PUBLISHED, doc.published().toString()));
            entry.add(new NumericDocValuesField(Fields.DAY, day));
        }
        entry.add(new NumericDocValuesField(Fields.SEQUENCE, stored.sequence()));
        entry.add(new StoredField(Fields.SEQUENCE, stored.sequence()));
        entry.add(Fingerprints.field(fingerprints));
        entry.add(new TextField(Fields.WORDS, String.join(" ", words.counts().keySet()), Field.Store.NO));
        entry.add(new StoredField(Fields.WORD_COUNTS, words.encode()));
        entry.add(new StoredField(Fields.VECTOR, vector.encode()));
        if (stored.language() != null) {
            entry.add(new StoredField(Fields.LANGUAGE, json(stored.language())));
            for (NameMention name : stored.language().names()) {
                entry.add(new TextField(Fields.ENTITY, name.mention().text(), Field.Store.NO));
            }
        }
        return entry;
    }

    static StoredArticle article(org.apache.lucene.document.Document entry) {
        Document doc = read(entry.get(Fields.JSON), Document.class);
        String language = entry.get(Fields.LANGUAGE);
        long sequence = entry.getField(Fields.SEQUENCE).numericValue().longValue();
        return new StoredArticle(doc, language == null ? null : read(language, DocumentLanguage.class), sequence);
    }

    static org.apache.lucene.document.Document pair(ReusePair pair) {
        org.apache.lucene.document.Document entry = new org.apache.lucene.document.Document();
        typeAndId(entry, Fields.PAIR, pairId(pair.a(), pair.b()));
        entry.add(new StringField(Fields.PAIR_DOCUMENT, pair.a(), Field.Store.NO));
        entry.add(new StringField(Fields.PAIR_DOCUMENT, pair.b(), Field.Store.NO));
        entry.add(new StoredField(Fields.JSON, json(pair)));
        return entry;
    }

    static ReusePair pair(org.apache.lucene.document.Document entry) {
        return read(entry.get(Fields.JSON), ReusePair.class);
    }

    static org.apache.lucene.document.Document story(Story story) {
        org.apache.lucene.document.Document entry = new org.apache.lucene.document.Document();
        typeAndId(entry, Fields.STORY, story.id());
        story.documents().forEach(id -> entry.add(new StringField(Fields.MEMBER, id, Field.Store.NO)));
        entry.add(new NumericDocValuesField(Fields.STORY_SIZE, story.documents().size()));
        if (story.to() != null) {
            entry.add(new NumericDocValuesField(Fields.STORY_LATEST, story.to().date().toEpochDay()));
        }
        entry.add(new StoredField(Fields.JSON, json(story)));
        return entry;
    }

    static Story story(org.apache.lucene.document.Document entry) {
        return read(entry.get(Fields.JSON), Story.class);
    }

    private static void typeAndId(org.apache.lucene.document.Document entry, String type, String id) {
        entry.add(new StringField(Fields.TYPE, type, Field.Store.NO));
        entry.add(new StringField(Fields.ID, id, Field.Store.NO));
        entry.add(new StringField(Fields.KEY, Fields.key(type, id), Field.Store.NO));
    }

    static org.apache.lucene.document.Document made(StoryAnalysis.Made made) {
        org.apache.lucene.document.Document entry = new org.apache.lucene.document.Document();
        typeAndId(entry, Fields.CLAIMS, made.story());
        entry.add(new StoredField(Fields.JSON, json(made)));
        entry.add(new StoredField(Fields.ANALYZED, json(made.analyzed())));
        return entry;
    }

    /** A claims entry's analyzed story alone; empty in entries kept before it was. */
    static Optional<Story> analyzed(org.apache.lucene.document.Document entry) {
        return Optional.ofNullable(entry.get(Fields.ANALYZED)).map(json -> read(json, Story.class));
    }

    static StoryAnalysis.Made made(org.apache.lucene.document.Document entry) {
        return read(entry.get(Fields.JSON), StoryAnalysis.Made.class);
    }

    static String pairId(String a, String b) {
        return a.compareTo(b) <= 0 ? a + Fields.PAIR_SEPARATOR + b : b + Fields.PAIR_SEPARATOR + a;
    }

    static String outletKey(String outlet) {
        return outlet.strip().toLowerCase(Locale.ROOT);
    }

    /** Identifies a text's version: the same id with the same text is the same article. */
    static String sha(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    static <T> T read(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new StoreException("a stored " + type.getSimpleName() + " cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
