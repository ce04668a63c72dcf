package org.echotrace.nlp.parse;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Turns a cleaned text into a CoreNLP {@link Annotation}, from the disk cache when it has one.
 * Thread-safe.
 */
public final class Parser {

    private final ParseCache cache;

    private Parser(ParseCache cache) {
        this.cache = cache;
    }

    /** A parser that caches in {@code directory}. */
    public static Parser cachedIn(Path directory) {
        return new Parser(new ParseCache(directory));
    }

    /** A parser that caches in the user's cache directory. */
    public static Parser cachedInDefaultPlace() {
        return cachedIn(ParseCache.defaultDirectory());
    }

    /** A parser that always parses (for {@code --no-cache}). */
    public static Parser uncached() {
        return new Parser(null);
    }

    /** Loads the models now rather than on the first document (so the load shows as its own step). */
    public static void warmUp() {
        SharedPipeline.get();
    }

    /** The cached parse of a text (no reference date), without parsing it: for tools that learn from parsed corpora. */
    public Optional<Annotation> cachedParse(String text) {
        return cache == null ? Optional.empty() : cache.load(ParseCache.key(text, null));
    }

    public Annotation parse(String text, LocalDate referenceDate) {
        String date = referenceDate == null ? null : referenceDate.toString();
        String key = cache == null ? null : ParseCache.key(text, date);
        if (cache != null) {
            Optional<Annotation> cached = cache.load(key);
            if (cached.isPresent()) {
                return cached.get();
            }
        }
        Annotation annotation = new Annotation(text);
        if (date != null) {
            annotation.set(CoreAnnotations.DocDateAnnotation.class, date);
        }
        SharedPipeline.get().annotate(annotation);
        if (cache != null) {
            cache.store(key, annotation);
        }
        return annotation;
    }
}
