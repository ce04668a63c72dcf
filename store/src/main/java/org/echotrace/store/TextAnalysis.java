package org.echotrace.store;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * How the store's text fields are cut into terms, for indexing and for queries alike: English stemming
 * for the article text and title (search finds "relocated" for "relocation"), the subject words as
 * already cut by core's tokenizer, and names as plain words.
 */
final class TextAnalysis {

    private TextAnalysis() {
    }

    static Analyzer analyzer() {
        Map<String, Analyzer> perField = new HashMap<>();
        perField.put(Fields.WORDS, new WhitespaceAnalyzer());
        perField.put(Fields.ENTITY, new StandardAnalyzer());
        return new PerFieldAnalyzerWrapper(new EnglishAnalyzer(), perField);
    }
}
