package org.echotrace.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.echotrace.ingest.IngestOptions;
import org.echotrace.ingest.Ingester;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading a page built to be slow: {@code levels} nested openers ({@code <table><tr><td>} or
 * {@code <ul><li>}), each with a little text, through the whole ingest (parse, extraction, cleaning), as
 * an HTML file or a {@code /check} upload is read. The cost should grow linearly with {@code levels}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class HostileHtmlJmh {

    @Param({"5000", "20000"})
    public int levels;

    @Param({"<table><tr><td>", "<ul><li>"})
    public String opener;

    private String page;
    private Ingester ingester;

    @Setup
    public void setUp() {
        StringBuilder html = new StringBuilder("<html><body><p>The harbour reopened on Sunday after three days.</p>");
        for (int i = 0; i < levels; i++) {
            html.append(opener).append("cell text number ").append(i).append(' ');
        }
        page = html.toString();
        ingester = new Ingester(IngestOptions.defaults());
    }

    @Benchmark
    public int readNestedPage() {
        return ingester.readString("nested.html", page).documents().size();
    }
}
