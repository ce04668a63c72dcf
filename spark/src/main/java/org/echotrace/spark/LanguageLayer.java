package org.echotrace.spark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.echotrace.Progress;
import org.echotrace.analysis.AnalysisPipeline;
import org.echotrace.domain.Document;
import org.echotrace.domain.Report;
import org.echotrace.domain.ReusePair;
import org.echotrace.domain.Story;
import org.echotrace.language.DocumentLanguage;
import org.echotrace.language.LanguageAnalyzer;
import org.echotrace.report.ReportJson;
import org.echotrace.timeline.ReferenceDates;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The optional language stage: each document parsed once where it lies, with one language analyzer per
 * executor JVM (CoreNLP loads in ~15 s and ~1 GB, so never per task); then, per story, core's
 * {@link AnalysisPipeline#assemble} links entities, attributions, timeline and labels across the story's documents,
 * as the store does for one stored story. Rows are report JSON with the story's id added.
 */
final class LanguageLayer {

    /** Where an executor gets its analyzer: a serializable reference to a per-JVM singleton. */
    interface AnalyzerSource extends Serializable {
        LanguageAnalyzer get();
    }

    /** One story's cross-document layers, as JSON lines of each table. */
    record Tables(JavaRDD<String> entities, JavaRDD<String> attributions, JavaRDD<String> timeline,
                  JavaRDD<String> labels) {
    }

    /** A document with its language, as it travels to its story. */
    private record Read(EncodedDocument document, String language) implements Serializable {
    }

    private LanguageLayer() {
    }

    static Tables build(JavaRDD<EncodedDocument> documents, JavaRDD<AlignedPair> pairs, JavaRDD<String> stories,
                        AnalyzerSource analyzers, JobSettings settings) {
        JavaPairRDD<String, Read> read = documents.mapPartitionsToPair(docs -> {
            LanguageAnalyzer analyzer = analyzers.get();
            List<Tuple2<String, Read>> out = new ArrayList<>();
            docs.forEachRemaining(d -> {
                Document document = d.document();
                DocumentLanguage language;
                try {
                    language = analyzer.analyze(document, ReferenceDates.of(document).date());
                } catch (RuntimeException e) {
                    // as analyze does: the document stays, without its language; the job goes on
                    System.err.println(document.source() + ": language analysis failed, document kept without it: " + e);
                    language = DocumentLanguage.empty(document.id());
                }
                out.add(new Tuple2<>(d.id(), new Read(d, EncodedDocument.toJson(language))));
            });
            return out.iterator();
        });
        JavaPairRDD<String, String> storyOf = stories.flatMapToPair(json -> {
            Story story = EncodedDocument.fromJson(json, Story.class);
            return story.documents().stream().map(id -> new Tuple2<>(id, story.id())).iterator();
        });
        JavaPairRDD<String, Read> byStory = read.join(storyOf, settings.partitions())
                .mapToPair(t -> new Tuple2<>(t._2()._2(), t._2()._1()));
        JavaPairRDD<String, String> pairsByStory = pairs
                .mapToPair(p -> new Tuple2<>(EncodedDocument.fromJson(p.json(), ReusePair.class).a(), p.json()))
                .join(storyOf, settings.partitions())
                .mapToPair(t -> new Tuple2<>(t._2()._2(), t._2()._1()));
        JavaRDD<StoryTables> tables = byStory.cogroup(pairsByStory, settings.partitions())
                .map(group -> StoryTables.of(group._1(), assemble(group._2()._1(), group._2()._2(), settings)))
                .persist(StorageLevel.MEMORY_AND_DISK());
        return new Tables(tables.flatMap(t -> t.entities().iterator()), tables.flatMap(t -> t.attributions().iterator()),
                tables.flatMap(t -> t.timeline().iterator()), tables.flatMap(t -> t.labels().iterator()));
    }

    /** One story's rows of each table (core's Report is not serializable: its parts travel as JSON). */
    private record StoryTables(List<String> entities, List<String> attributions, List<String> timeline,
                               List<String> labels) implements Serializable {
        static StoryTables of(String story, Report report) {
            return new StoryTables(rows(story, report.entities()), rows(story, report.attributions()),
                    rows(story, report.timeline()), rows(story, report.labels()));
        }
    }

    private static Report assemble(Iterable<Read> members, Iterable<String> pairJson, JobSettings settings) {
        List<Read> sorted = new ArrayList<>();
        members.forEach(sorted::add);
        sorted.sort(Comparator.comparingInt(r -> r.document().ordinal()));
        List<Document> documents = new ArrayList<>();
        List<DocumentLanguage> languages = new ArrayList<>();
        for (Read r : sorted) {
            documents.add(r.document().document());
            languages.add(EncodedDocument.fromJson(r.language(), DocumentLanguage.class));
        }
        Set<String> ids = new HashSet<>();
        documents.forEach(d -> ids.add(d.id()));
        List<ReusePair> reuse = new ArrayList<>();
        for (String json : pairJson) {
            ReusePair pair = EncodedDocument.fromJson(json, ReusePair.class);
            if (ids.contains(pair.b())) {
                reuse.add(pair);
            }
        }
        return new AnalysisPipeline(settings.reuse(), settings.stories())
                .assemble(documents, reuse, List.of(), languages, List.of(), Progress.NONE);
    }

    /** Each item as report JSON with {@code "story"} added. */
    private static List<String> rows(String story, List<?> items) {
        List<String> out = new ArrayList<>(items.size());
        for (Object item : items) {
            ObjectNode node = ReportJson.mapper().valueToTree(item);
            node.put("story", story);
            out.add(EncodedDocument.toJson(node));
        }
        return out;
    }
}
