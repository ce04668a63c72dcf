package org.echotrace.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.echotrace.Version;
import org.echotrace.domain.Document;
import org.echotrace.domain.Passage;
import org.echotrace.domain.Report;
import org.echotrace.domain.ReusePair;
import org.echotrace.domain.Story;
import org.echotrace.report.ReportJson;

/**
 * Writes the job's results: per table (documents, reuse, passages, stories) a folder of JSON Lines and a
 * folder of Parquet, rows in the report's schema (docs/report-format.md; passages flattened with the ids of
 * their pair); and, for corpora that fit on the driver, {@code report.json} as {@code analyze --no-nlp}
 * writes it.
 */
final class ResultWriter {

    /** A passage with its pair, one row of the passages table. */
    record PassageRow(String a, String b, int index, int aStart, int aEnd, int bStart, int bEnd, int words,
                      double identity) {
    }

    private ResultWriter() {
    }

    static void writeTables(SparkSession spark, ReuseJob.Result result, String out) {
        JavaRDD<String> pairs = result.pairs().map(AlignedPair::json);
        write(spark, result.documents().map(EncodedDocument::json), out + "/documents");
        write(spark, pairs, out + "/reuse");
        write(spark, pairs.flatMap(json -> passages(EncodedDocument.fromJson(json, ReusePair.class)).iterator()),
                out + "/passages");
        write(spark, result.stories(), out + "/stories");
    }

    /** The language stage's tables, each story's rows with its id. */
    static void writeTables(SparkSession spark, LanguageLayer.Tables tables, String out) {
        write(spark, tables.entities(), out + "/entities");
        write(spark, tables.attributions(), out + "/attributions");
        write(spark, tables.timeline(), out + "/timeline");
        write(spark, tables.labels(), out + "/labels");
    }

    private static List<String> passages(ReusePair pair) {
        List<String> rows = new ArrayList<>();
        for (int k = 0; k < pair.passages().size(); k++) {
            Passage p = pair.passages().get(k);
            rows.add(EncodedDocument.toJson(new PassageRow(pair.a(), pair.b(), k, p.a().start(), p.a().end(),
                    p.b().start(), p.b().end(), p.words(), p.identity())));
        }
        return rows;
    }

    /**
     * Writes one table as JSON Lines and Parquet. An empty table (no shared passage in the corpus) has
     * JSON Lines files with no line and no Parquet folder: its schema comes from its rows, and Parquet
     * cannot be written without a column.
     */
    private static void write(SparkSession spark, JavaRDD<String> jsonLines, String folder) {
        jsonLines.saveAsTextFile(folder + "/jsonl");
        // the schema is read back from the JSON itself, so Parquet columns are the report's keys
        Dataset<Row> table = spark.read().json(spark.createDataset(jsonLines.rdd(), Encoders.STRING()));
        if (table.schema().isEmpty()) {
            return;
        }
        table.write().mode(SaveMode.Overwrite).parquet(folder + "/parquet");
    }

    /** Collects everything into one report on the driver, the outlet graph computed distributed first. */
    static Report collect(ReuseJob.Result result, JobSettings settings) {
        return collect(result, OutletTables.build(result.documents(), result.pairs(), result.stories(), settings), settings);
    }

    /** Collects everything into one report on the driver, ordered as the batch path orders it. */
    static Report collect(ReuseJob.Result result, OutletTables.Tables outlets, JobSettings settings) {
        // core's records are not serializable: collect their JSON, decode on the driver
        List<Document> documents = result.documents().sortBy(EncodedDocument::ordinal, true, 1).collect()
                .stream().map(EncodedDocument::document).toList();
        List<ReusePair> reuse = new ArrayList<>(result.pairs().collect().stream()
                .map(AlignedPair::pair).toList());
        reuse.sort(Comparator.comparingInt(ReusePair::sharedWords).reversed()
                .thenComparing(ReusePair::a).thenComparing(ReusePair::b));
        List<Story> stories = new ArrayList<>(result.stories().collect().stream()
                .map(json -> EncodedDocument.fromJson(json, Story.class)).toList());
        stories.sort(Comparator.comparingInt(s -> Integer.parseInt(s.id().substring(1))));
        return new Report(Version.generator(), settings.analysis(), documents, reuse, stories, result.problems())
                .withOutlets(outlets.collect());
    }

    /**
     * The outlet graph's tables (outlet_documents, outlets, outlet_edges, outlet_chains), each JSON Lines and
     * Parquet, computed distributed ({@link OutletTables}) and written in the graph's order.
     */
    static void writeTables(SparkSession spark, OutletTables.Tables tables, String out) {
        write(spark, tables.documents(), out + "/outlet_documents");
        write(spark, tables.outlets(), out + "/outlets");
        write(spark, tables.edges(), out + "/outlet_edges");
        write(spark, tables.chains(), out + "/outlet_chains");
    }

    static Path writeReport(Report report, Path folder) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve("report.json");
        ReportJson.write(report, file);
        return file;
    }
}
