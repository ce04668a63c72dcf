package org.echotrace.store;

/**
 * The Lucene fields of the store. One index holds three kinds of entry, told apart by {@link #TYPE}:
 * articles, reuse pairs and stories. Keeping them in one index means one commit makes an article and
 * everything it changed durable together.
 */
final class Fields {

    static final String TYPE = "type";
    static final String ARTICLE = "article";
    static final String PAIR = "pair";
    static final String STORY = "story";
    static final String CLAIMS = "claims";

    /** Article id, story id, or a pair's two ids joined by {@link #PAIR_SEPARATOR}. */
    static final String ID = "id";
    static final char PAIR_SEPARATOR = '\u0000';
    /** Type and id together, unique across the index: what an entry is replaced or deleted by. */
    static final String KEY = "key";
    /** The entry's record as JSON (stored only). */
    static final String JSON = "json";
    /** A claims entry's story as analyze titles and sums it up, as JSON apart: a listing reads no claim. */
    static final String ANALYZED = "analyzed";

    // articles
    static final String SHA = "sha";
    static final String TEXT = "text";
    static final String TITLE = "title";
    static final String OUTLET = "outlet";
    static final String DAY = "day";
    static final String PUBLISHED = "published";
    /** An article's id again, as doc values (Lucene keeps one schema per field name, so not {@link #ID}). */
    static final String ARTICLE_ID = "articleId";
    static final String SEQUENCE = "sequence";
    static final String FINGERPRINT = "fp";
    static final String WORDS = "words";
    static final String WORD_COUNTS = "wordCounts";
    /** The article's subject-word vector as weighed when it was stored ({@link WordVector#encode}). */
    static final String VECTOR = "vector";
    static final String ENTITY = "entity";
    static final String LANGUAGE = "language";

    // pairs and stories
    static final String PAIR_DOCUMENT = "pairDocument";
    static final String MEMBER = "member";
    /** A story's latest day and size, for listing (separate from the article fields: Lucene keeps one schema per field). */
    static final String STORY_LATEST = "storyLatest";
    static final String STORY_SIZE = "storySize";

    private Fields() {
    }

    static String key(String type, String id) {
        return type + '\u0001' + id;
    }
}
