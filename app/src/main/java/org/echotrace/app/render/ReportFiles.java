package org.echotrace.app.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.echotrace.domain.Report;
import org.echotrace.report.ReportJson;

/** Writes every output file of an analysis into one folder; the HTML report comes first in the list. */
public final class ReportFiles {

    public static final String HTML = "report.html";
    public static final String JSON = "report.json";
    public static final String CSV = "reuse.csv";
    public static final String GEXF = "provenance.gexf";
    public static final String CLAIMS = "claims.csv";
    public static final String OUTLETS_CSV = "outlets.csv";
    public static final String OUTLETS_GEXF = "outlets.gexf";
    public static final String LABELS = "labels.csv";

    private ReportFiles() {
    }

    /** The reuse table, the provenance graph and the outlet tables only, for exports too large for one HTML page. */
    public static List<Path> writeTables(Report report, Path folder) throws IOException {
        Path csv = folder.resolve(CSV);
        Path gexf = folder.resolve(GEXF);
        Path outletsCsv = folder.resolve(OUTLETS_CSV);
        Path outletsGexf = folder.resolve(OUTLETS_GEXF);
        ReuseCsv.write(report, csv);
        ProvenanceGexf.write(report, gexf);
        OutletsCsv.write(report, outletsCsv);
        OutletsGexf.write(report, outletsGexf);
        return List.of(csv, gexf, outletsCsv, outletsGexf);
    }

    /**
     * Every file, the writers side by side on every core (each reads the report only; the page and the
     * JSON were a fifth of the whole analyze command at 10k articles, one after the other on one core).
     */
    public static List<Path> writeAll(Report report, Path folder) throws IOException {
        Path html = folder.resolve(HTML);
        Path json = folder.resolve(JSON);
        Path csv = folder.resolve(CSV);
        Path gexf = folder.resolve(GEXF);
        Path outletsCsv = folder.resolve(OUTLETS_CSV);
        Path outletsGexf = folder.resolve(OUTLETS_GEXF);
        Path claims = folder.resolve(CLAIMS);
        Path labels = folder.resolve(LABELS);
        concurrently(List.of(
                () -> HtmlReport.write(report, html),
                () -> ReportJson.write(report, json),
                () -> ReuseCsv.write(report, csv),
                () -> ProvenanceGexf.write(report, gexf),
                () -> OutletsCsv.write(report, outletsCsv),
                () -> OutletsGexf.write(report, outletsGexf),
                () -> ClaimsCsv.write(report, claims),
                () -> LabelsCsv.write(report, labels)));
        return List.of(html, json, csv, gexf, outletsCsv, outletsGexf, claims, labels);
    }

    /** Writes one file. */
    @FunctionalInterface
    private interface FileWriter {
        void write() throws IOException;
    }

    /**
     * Runs the first writer (the largest file) on this thread and the others meanwhile on the other cores,
     * then waits for all; the first failure is rethrown.
     */
    private static void concurrently(List<FileWriter> writers) throws IOException {
        int threads = Math.max(1, Math.min(writers.size() - 1, Runtime.getRuntime().availableProcessors() - 1));
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "report-writer");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> running = writers.subList(1, writers.size()).stream()
                    .<Future<?>>map(writer -> pool.submit(() -> {
                        writer.write();
                        return null;
                    }))
                    .toList();
            IOException failure = null;
            try {
                writers.get(0).write();
            } catch (IOException e) {
                failure = e;
            }
            for (Future<?> future : running) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    failure = failure != null ? failure : asIoException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while writing the report files", e);
                }
            }
            if (failure != null) {
                throw failure;
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static IOException asIoException(Throwable cause) {
        if (cause instanceof IOException io) {
            return io;
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IOException(cause);
    }
}
