package org.echotrace.bench.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.echotrace.bench.DataPaths;
import org.echotrace.bench.PlantedCorpus;
import org.echotrace.reuse.Shingler;
import org.echotrace.reuse.WordDiff;
import org.echotrace.text.TokenizedText;
import org.echotrace.text.WordTokenizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Micro-benchmarks of the per-article stages: tokenise + shingle one ~4 KB article, and align a planted
 * passage with its edited copy (the aligner behind detection and {@link WordDiff}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ReuseJmh {

    private String article;
    private TokenizedText source;
    private TokenizedText copy;

    @Setup
    public void setUp() {
        PlantedCorpus.Corpus corpus = PlantedCorpus.fromSharedData(DataPaths.require(".")).generate(10, 1);
        article = corpus.documents().get(0).text();
        PlantedCorpus.Planted p = corpus.planted().get(0);
        List<String> ids = corpus.documents().stream().map(d -> d.id()).toList();
        String src = corpus.documents().get(ids.indexOf(p.source())).text();
        String dst = corpus.documents().get(ids.indexOf(p.target())).text();
        source = WordTokenizer.tokenize(p.inSource().of(src));
        copy = WordTokenizer.tokenize(p.inTarget().of(dst));
    }

    @Benchmark
    public long tokenizeAndShingle() {
        long[] hashes = Shingler.hashes(WordTokenizer.tokenize(article), 5);
        return hashes.length == 0 ? 0 : hashes[hashes.length - 1];
    }

    @Benchmark
    public int alignPassage() {
        return WordDiff.diff(source, 0, source.size(), copy, 0, copy.size()).size();
    }
}
