package org.echotrace.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.echotrace.domain.Diagnostic;
import org.echotrace.ingest.IngestResult;
import org.echotrace.ingest.Ingester;
import scala.Tuple2;

/**
 * Reads articles from any Hadoop filesystem (local, HDFS, S3) into documents with core's {@link Ingester}, so
 * that ids and cleaned text are those of {@code echotrace analyze}. Files (JSONL, WARC, HTML, text, gzip) are
 * listed on the driver in the batch path's order (folders walked in sorted order, hidden entries skipped)
 * and read on the executors; Parquet files ({@code .parquet}, columns as the JSONL fields) are read by
 * Spark and fed to the JSONL reader in chunks. Each document's ordinal is its place in that order.
 */
final class CorpusReader {

    /** Order slots of one Parquet input: its chunks are numbered within them, after all other files. */
    private static final long CHUNKS_PER_INPUT = 1L << 18;
    private static final int PARQUET_ROWS_PER_CHUNK = 1_000;

    /**
     * What one input gave: its documents in order and the problems met, both as report JSON (the documents
     * as UTF-8 bytes, which Java serialization copies in bulk).
     */
    record Outcome(long order, List<byte[]> documents, List<String> problems) implements Serializable {
    }

    /** What one input gave, without its documents: enough to number them on the driver. */
    record Summary(long order, int documents, List<String> problems) implements Serializable {
    }

    /** Documents with dense ordinals (persisted), and the problems of all inputs. */
    record Corpus(JavaRDD<EncodedDocument> documents, List<Diagnostic> problems) {
    }

    private CorpusReader() {
    }

    static Corpus read(SparkSession spark, List<String> inputs, JobSettings settings) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<Tuple2<Long, String>> files = new ArrayList<>();
        List<String> parquet = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        for (String input : inputs) {
            for (String file : list(input, spark.sparkContext().hadoopConfiguration(), problems)) {
                if (file.toLowerCase(Locale.ROOT).endsWith(".parquet")) {
                    parquet.add(file);
                } else {
                    files.add(new Tuple2<>((long) files.size(), file));
                }
            }
        }
        JavaRDD<Outcome> outcomes = files.isEmpty() ? sc.emptyRDD()
                : sc.parallelize(files, Math.max(1, Math.min(files.size(), settings.partitions())))
                        .map(f -> readFile(f._1(), f._2(), settings));
        for (int p = 0; p < parquet.size(); p++) {
            outcomes = outcomes.union(readParquet(spark, parquet.get(p), files.size() + p, settings));
        }
        // serialized: a large corpus's text is cached only until its documents are, and may spill to disk
        outcomes = outcomes.persist(StorageLevel.MEMORY_AND_DISK_SER());
        List<Summary> summaries = new ArrayList<>(outcomes.map(o -> new Summary(o.order(), o.documents().size(),
                o.problems())).collect());
        summaries.sort(Comparator.comparingLong(Summary::order));
        Map<Long, Integer> firstOrdinal = new HashMap<>();
        int next = 0;
        for (Summary summary : summaries) {
            summary.problems().forEach(json -> problems.add(EncodedDocument.fromJson(json, Diagnostic.class)));
            firstOrdinal.put(summary.order(), next);
            next = Math.addExact(next, summary.documents());
        }
        // each input's documents are numbered from the count of all documents before it: no sort of the text
        Broadcast<Map<Long, Integer>> offsets = sc.broadcast(firstOrdinal);
        JavaRDD<EncodedDocument> documents = outcomes
                .flatMap(o -> {
                    int first = offsets.value().get(o.order());
                    List<EncodedDocument> numbered = new ArrayList<>(o.documents().size());
                    for (int k = 0; k < o.documents().size(); k++) {
                        numbered.add(EncodedDocument.of(first + k, o.documents().get(k)));
                    }
                    return numbered.iterator();
                })
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        documents.count();
        outcomes.unpersist(false);
        return new Corpus(documents, problems);
    }

    /** The files of one input, named as the batch path names them (the input as given, then the relative path). */
    private static List<String> list(String input, Configuration conf, List<Diagnostic> problems) {
        try {
            Path root = new Path(input);
            FileSystem fs = root.getFileSystem(conf);
            if (!fs.exists(root)) {
                problems.add(Diagnostic.of(input, "no such file or folder"));
                return List.of();
            }
            FileStatus status = fs.getFileStatus(root);
            if (!status.isDirectory()) {
                return List.of(input);
            }
            String rootPath = status.getPath().toUri().getPath();
            List<String> relative = new ArrayList<>();
            RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
            while (it.hasNext()) {
                String rel = it.next().getPath().toUri().getPath().substring(rootPath.length() + 1);
                if (!isHidden(rel)) {
                    relative.add(rel);
                }
            }
            relative.sort(null);
            String prefix = input.endsWith("/") ? input : input + "/";
            return relative.stream().map(r -> prefix + r).toList();
        } catch (IOException e) {
            problems.add(Diagnostic.of(input, "cannot list: " + e.getMessage()));
            return List.of();
        }
    }

    private static boolean isHidden(String relative) {
        for (String part : relative.split("/")) {
            if (part.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static Outcome readFile(long order, String name, JobSettings settings) throws IOException {
        Path path = new Path(name);
        FileSystem fs = path.getFileSystem(new Configuration());
        // read as a stream: --max-size bounds one article (a page, a JSON line, a WARC record), not the file
        try (InputStream in = fs.open(path)) {
            return outcome(order, new Ingester(settings.ingest()).readStream(name, in));
        }
    }

    /** Parquet rows as JSON lines, read in chunks by the JSONL reader; chunks keep the rows' order. */
    private static JavaRDD<Outcome> readParquet(SparkSession spark, String file, long order, JobSettings settings) {
        JavaRDD<String> lines = spark.read().parquet(file).toJSON().javaRDD();
        return lines.zipWithIndex()
                .mapToPair(t -> new Tuple2<>(t._2() / PARQUET_ROWS_PER_CHUNK, new Tuple2<>(t._2(), t._1())))
                .groupByKey()
                .map(chunk -> {
                    List<Tuple2<Long, String>> rows = new ArrayList<>();
                    chunk._2().forEach(rows::add);
                    rows.sort((x, y) -> Long.compare(x._1(), y._1()));
                    StringBuilder jsonl = new StringBuilder();
                    rows.forEach(r -> jsonl.append(r._2()).append('\n'));
                    long first = chunk._1() * PARQUET_ROWS_PER_CHUNK;
                    String name = file + " rows " + first + "-" + (first + rows.size() - 1) + ".jsonl";
                    // chunks of one file follow each other in the corpus order
                    return outcome(order * CHUNKS_PER_INPUT + chunk._1(),
                            new Ingester(settings.ingest()).readString(name, jsonl.toString()));
                });
    }

    private static Outcome outcome(long order, IngestResult read) {
        return new Outcome(order,
                read.documents().stream().map(d -> EncodedDocument.toJson(d).getBytes(StandardCharsets.UTF_8)).toList(),
                read.problems().stream().map(EncodedDocument::toJson).toList());
    }
}
