package org.echotrace.nlp.parse;

import java.util.Properties;

/**
 * The CoreNLP configuration echotrace runs: only the annotators the extractors read (no constituency
 * parse, coref or openie, which cost most of CoreNLP's time and are not used). The settings are part of
 * the parse cache's key, so changing them never serves a parse made with other settings.
 */
public final class PipelineSettings {

    /**
     * Bump when anything here or in {@link FineGrainedGazetteers}' filter changes; cached parses made with
     * older settings are then ignored. /2: fine-grained NER without the costly regex gazetteer entries.
     */
    static final String VERSION = "corenlp-4.5.10/2";

    private PipelineSettings() {
    }

    static Properties properties() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        props.setProperty("tokenize.language", "en");
        // Cleaned text keeps one paragraph per line; a line never continues a sentence.
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        // "US-led", "Name-3" stay one token: names with hyphens must survive for alias matching.
        props.setProperty("tokenize.options", "splitHyphenated=false,invertible=true");
        props.setProperty("ner.applyFineGrained", "true");
        props.setProperty("ner.buildEntityMentions", "true");
        props.setProperty("ner.useSUTime", "true");
        props.setProperty("sutime.includeRange", "true");
        // Sentences of lists or tables can run to hundreds of tokens; parsing them costs more than it tells.
        props.setProperty("depparse.maxLength", "150");
        props.setProperty("pos.maxlen", "200");
        props.setProperty("ner.maxlen", "200");
        return props;
    }

    /**
     * What the pipeline is built with: {@link #properties()} plus the filtered fine-grained gazetteers, whose
     * temporary path differs per JVM and so stays out of the fingerprint (the version covers the filter).
     */
    static Properties pipelineProperties() {
        Properties props = properties();
        props.setProperty("ner.fine.regexner.mapping", FineGrainedGazetteers.mapping());
        return props;
    }

    /** A text that identifies these settings, for cache keys. */
    static String fingerprint() {
        return VERSION + " " + new java.util.TreeMap<>(properties());
    }
}
