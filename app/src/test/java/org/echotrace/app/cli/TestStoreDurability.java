package org.echotrace.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.echotrace.bench.PlantedCorpus;
import org.echotrace.cli.ExitCodes;
import org.echotrace.domain.Document;
import org.echotrace.report.ReportJson;
import org.echotrace.store.ArticleStore;
import org.echotrace.store.SearchQuery;
import org.echotrace.store.StoreConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real {@code echotrace ingest} process (SIGKILL) at several points and checks that every
 * article it acknowledged is in the store, that the store opens and takes more articles, and that a
 * reader in another process kept working while the ingest ran.
 */
class TestStoreDurability {

    private static final int ARTICLES = 200;

    @TempDir
    Path dir;

    private final AtomicInteger readsDuringIngest = new AtomicInteger();

    @Test
    void acknowledgedArticlesSurviveKillNineAndReadersKeepWorking() throws Exception {
        Path corpus = corpus(ARTICLES);
        Path store = dir.resolve("store");
        Set<String> acknowledged = new LinkedHashSet<>();
        for (int killAfter : new int[] {1, 17, 45}) {
            acknowledged.addAll(ingestUntilKilled(corpus, store, killAfter));
            try (ArticleStore reopened = ArticleStore.openForReading(store)) {
                for (String id : acknowledged) {
                    assertTrue(reopened.article(id).isPresent(), "acknowledged " + id + " lost by kill -9");
                }
                assertTrue(reopened.stats().articles() >= acknowledged.size());
            }
        }
        assertTrue(readsDuringIngest.get() > 0, "a reader read the store while it was being written");
        CliRun rest = CliRun.of("ingest", corpus.toString(), "--store", store.toString(), "--no-nlp", "-q");
        assertEquals(ExitCodes.OK, rest.exitCode(), rest.err());
        try (ArticleStore complete = ArticleStore.openForWriting(store, StoreConfig.defaults())) {
            assertEquals(ARTICLES, complete.stats().articles(), "after the crashes every article is stored once");
            Set<String> inStories = new java.util.HashSet<>();
            complete.forEachStory(s -> s.documents().forEach(d -> assertTrue(inStories.add(d), d + " in two stories")));
            assertEquals(ARTICLES, inStories.size(), "each article is in exactly one story");
        }
    }

    /** Runs ingest in its own JVM, reads its acknowledgements, kills it after {@code killAfter} new ones. */
    private Set<String> ingestUntilKilled(Path corpus, Path store, int killAfter) throws Exception {
        Process ingest = new ProcessBuilder(javaCommand("ingest", corpus.toString(), "--store", store.toString(),
                "--no-nlp", "--batch", "3", "--list", "-q"))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        Set<String> acknowledged = new LinkedHashSet<>();
        ReaderLoop reader = new ReaderLoop(store);
        reader.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(ingest.getInputStream(), StandardCharsets.UTF_8))) {
            int fresh = 0;
            for (String line = out.readLine(); line != null && fresh < killAfter; line = out.readLine()) {
                String[] words = line.split(" ");
                acknowledged.add(words[1]);
                fresh += words[0].equals("added") ? 1 : 0;
            }
        } finally {
            ingest.destroyForcibly();
            assertTrue(ingest.waitFor(30, TimeUnit.SECONDS));
            reader.finish();
        }
        readsDuringIngest.addAndGet(reader.reads.get());
        if (reader.failure.get() != null) {
            throw new AssertionError("a reader failed during ingest", reader.failure.get());
        }
        return acknowledged;
    }

    /** Another process's view, simulated by a read-only store opened while ingest writes. */
    private static final class ReaderLoop extends Thread {
        final Path store;
        final AtomicInteger reads = new AtomicInteger();
        final AtomicReference<Throwable> failure = new AtomicReference<>();
        volatile boolean running = true;

        ReaderLoop(Path store) {
            this.store = store;
            setDaemon(true);
        }

        @Override
        public void run() {
            ArticleStore opened = null;
            while (running && opened == null) {
                opened = openWhenCommitted();
            }
            if (opened == null) {
                return;
            }
            try (ArticleStore view = opened) {
                int seen = 0;
                while (running) {
                    int now = view.stats().articles();
                    if (now < seen) {
                        throw new AssertionError("a reader saw the store shrink: " + seen + " -> " + now);
                    }
                    seen = now;
                    view.search(SearchQuery.text("the"));
                    reads.incrementAndGet();
                }
            } catch (Throwable e) {
                if (running) {
                    failure.set(e);
                }
            }
        }

        /** The first ingest creates the store; until its first commit there is nothing to read. */
        private ArticleStore openWhenCommitted() {
            try {
                return ArticleStore.openForReading(store);
            } catch (org.echotrace.store.StoreException notYet) {
                Thread.onSpinWait();
                return null;
            }
        }

        void finish() throws InterruptedException {
            running = false;
            join(10_000);
        }
    }

    private Path corpus(int articles) throws IOException {
        List<String> seeds = new ArrayList<>();
        try (var files = Files.list(TestAnalyzeCommand.EXAMPLE)) {
            for (Path f : files.sorted().toList()) {
                seeds.add(Files.readString(f));
            }
        }
        List<Document> documents = PlantedCorpus.fromTexts(seeds).generate(articles, 7).documents();
        Path file = dir.resolve("corpus.jsonl");
        List<String> lines = new ArrayList<>();
        for (Document d : documents) {
            lines.add(ReportJson.mapper().copy().disable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(Map.of("id", d.id(), "text", d.text())));
        }
        Files.write(file, lines);
        return file;
    }

    private static List<String> javaCommand(String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), Echotrace.class.getName()));
        command.addAll(List.of(args));
        return command;
    }
}
