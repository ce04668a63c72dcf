package org.echotrace.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.echotrace.app.cli.CliRun;
import org.echotrace.app.cli.Echotrace;
import org.echotrace.bench.DataPaths;
import org.echotrace.bench.PlantedCorpus;
import org.echotrace.domain.Document;
import org.echotrace.report.ReportJson;
import org.echotrace.store.ArticleStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A soak on loopback, opt-in: {@code -Dechotrace.soak.minutes=N} (and {@code -Dechotrace.soak.seed=S}).
 * For N minutes one writer process at a time, chosen at random, holds the store: an {@code ingest} of a
 * feed or a {@code serve} that takes posts; each is killed with SIGKILL at a random moment and the next
 * starts. Meanwhile threads post articles, check texts, search, read pages and documents (some requests
 * bad on purpose) and run {@code export}. At the end every acknowledged article (an ingest's
 * {@code added} line, a post's 201) must be in the store, every answer must be a 2xx or a documented 4xx,
 * and every export whole. The figures are printed (docs/benchmarks.md). Bounded in time; only 127.0.0.1.
 */
class TestSoak {

    private static final String MINUTES = "echotrace.soak.minutes";
    /** The 4xx the API documents; any other status (a 5xx above all) fails the soak. */
    private static final Set<Integer> DOCUMENTED = Set.of(200, 201, 400, 401, 404, 413, 414, 421);
    private static final ObjectMapper LINES = ReportJson.mapper().copy().disable(SerializationFeature.INDENT_OUTPUT);

    @TempDir
    Path dir;

    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final Map<String, Map<Integer, AtomicInteger>> statuses = new ConcurrentHashMap<>();
    private final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
    private final List<String> failures = new CopyOnWriteArrayList<>();
    private final AtomicInteger unanswered = new AtomicInteger();
    private final AtomicInteger exports = new AtomicInteger();
    private final AtomicInteger cursor = new AtomicInteger();
    private final AtomicLong ingestAcks = new AtomicLong();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private volatile boolean running = true;
    private volatile int port;
    private List<Document> corpus;
    private Path store;

    @Test
    void ingestServeChecksSearchesAndExportsSurviveKillNine() {
        Integer minutes = Integer.getInteger(MINUTES);
        assumeTrue(minutes != null, "the soak runs only with -D" + MINUTES + "=N");
        assertTimeoutPreemptively(Duration.ofMinutes(minutes + 5L), () -> soak(minutes));
    }

    private void soak(int minutes) throws Exception {
        long seed = Long.getLong("echotrace.soak.seed", System.nanoTime());
        System.out.printf(Locale.ROOT, "soak: seed %d (-Dechotrace.soak.seed=%d repeats it), %d minutes%n", seed, seed, minutes);
        Random random = new Random(seed);
        PlantedCorpus model = DataPaths.sharedData().map(PlantedCorpus::fromSharedData)
                .orElseGet(() -> PlantedCorpus.fromTexts(ServerFixture.readExample().stream().map(Document::text).toList()));
        corpus = model.generate(10_000, seed).documents();
        store = dir.resolve("store");
        try (ServerSocket free = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        List<Thread> clients = List.of(client("post", this::post), client("check", this::check),
                client("search", this::search), client("export", this::export));
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(minutes);
        int cycles = 0;
        int kills = 0;
        int ingests = 0;
        clients.forEach(Thread::start);
        try {
            while (System.nanoTime() < end && cursor.get() < corpus.size() - 1000) {
                boolean serve = random.nextInt(3) > 0;
                long lifeMillis = 3_000 + random.nextInt(20_000);
                Process writer = serve ? startServe() : startIngest(random.nextInt(400) + 50);
                cycles++;
                ingests += serve ? 0 : 1;
                if (!writer.waitFor(lifeMillis, TimeUnit.MILLISECONDS)) {
                    writer.destroyForcibly(); // SIGKILL: no shutdown hook runs
                    kills++;
                }
                writer.waitFor(30, TimeUnit.SECONDS);
            }
        } finally {
            running = false;
            for (Thread client : clients) {
                client.join(60_000);
            }
        }
        report(minutes, cycles, ingests, kills);
        try (ArticleStore reopened = ArticleStore.openForReading(store)) {
            List<String> lost = acknowledged.stream().filter(id -> reopened.article(id).isEmpty()).limit(5).toList();
            assertTrue(lost.isEmpty(), "acknowledged and lost: " + lost);
            System.out.printf(Locale.ROOT, "soak: %d acknowledged articles all stored; the store holds %d%n",
                    acknowledged.size(), reopened.stats().articles());
        }
        assertTrue(failures.isEmpty(), failures.size() + " failures: " + failures.subList(0, Math.min(5, failures.size())));
        assertTrue(exports.get() > 0 && !acknowledged.isEmpty(), "the soak exported and stored something");
    }

    // --- the writer processes -------------------------------------------------------------------------

    private Process startServe() throws IOException {
        ProcessBuilder builder = new ProcessBuilder(javaCommand("serve", "--store", store.toString(), "--no-nlp",
                "--port", Integer.toString(port), "--host", "127.0.0.1"))
                .redirectError(ProcessBuilder.Redirect.DISCARD).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put(AccessToken.ENV, ServerFixture.TOKEN);
        return builder.start();
    }

    /** An ingest of the next {@code size} articles; its acknowledgements are read as they come. */
    private Process startIngest(int size) throws IOException {
        int from = cursor.getAndAdd(size);
        Path feed = dir.resolve("feed-" + from + ".jsonl");
        Files.write(feed, corpus.subList(from, from + size).stream().map(TestSoak::line).toList());
        Process ingest = new ProcessBuilder(javaCommand("ingest", feed.toString(), "--store", store.toString(),
                "--no-nlp", "--batch", "10", "--list", "-q"))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Thread acks = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(ingest.getInputStream(), StandardCharsets.UTF_8))) {
                for (String ack = out.readLine(); ack != null; ack = out.readLine()) {
                    acknowledged.add(ack.split(" ")[1]);
                    ingestAcks.incrementAndGet();
                }
            } catch (IOException killed) {
                // the pipe closes when the process is killed
            }
        });
        acks.setDaemon(true);
        acks.start();
        return ingest;
    }

    private static List<String> javaCommand(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), Echotrace.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    // --- the clients ------------------------------------------------------------------------------------

    @FunctionalInterface
    private interface Step {
        void run(Random random) throws Exception;
    }

    private Thread client(String name, Step step) {
        Thread thread = new Thread(() -> {
            Random random = new Random(name.hashCode());
            while (running) {
                try {
                    step.run(random);
                } catch (java.net.ConnectException | java.net.http.HttpTimeoutException | InterruptedException e) {
                    unanswered.incrementAndGet();
                    pause(200);
                } catch (IOException e) {
                    unanswered.incrementAndGet(); // the server was killed mid-answer
                    pause(200);
                } catch (Exception | AssertionError e) {
                    failures.add(name + ": " + e);
                }
            }
        }, "soak-" + name);
        thread.setDaemon(true);
        return thread;
    }

    private void post(Random random) throws Exception {
        int from = cursor.getAndAdd(3);
        List<Document> batch = corpus.subList(from, from + 3);
        StringBuilder body = new StringBuilder();
        batch.forEach(d -> body.append(line(d)).append('\n'));
        HttpResponse<String> response = send("post", HttpRequest.newBuilder(url("/api/articles"))
                .header("Authorization", "Bearer " + ServerFixture.TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        if (response.statusCode() == 201) {
            for (JsonNode outcome : ReportJson.mapper().readTree(response.body()).get("stored")) {
                acknowledged.add(outcome.get("document").asText());
            }
        }
    }

    private void check(Random random) throws Exception {
        Document source = corpus.get(random.nextInt(Math.max(1, cursor.get())));
        String text = source.text().substring(0, Math.min(1200, source.text().length()));
        send("check", HttpRequest.newBuilder(url("/api/check"))
                .POST(HttpRequest.BodyPublishers.ofString(LINES.writeValueAsString(Map.of("text", text, "claims", false)))));
    }

    private void search(Random random) throws Exception {
        String known = corpus.get(random.nextInt(Math.max(1, cursor.get()))).id(); // stored, or a documented 404
        String word = corpus.get(random.nextInt(corpus.size())).text().split("\\s+")[random.nextInt(20)];
        String q = URLEncoder.encode(word, StandardCharsets.UTF_8);
        String[] paths = {"/api/search?q=" + q, "/?q=" + q, "/api/stories?limit=50", "/",
            "/api/documents/" + URLEncoder.encode(known, StandardCharsets.UTF_8),
            "/api/stories?offset=2147483647", "/api/search?q=" + "a%7C".repeat(1100) + "b"};
        String path = paths[random.nextInt(paths.length)];
        send(path.startsWith("/api/") ? "read api" : "read page", HttpRequest.newBuilder(url(path)).GET());
    }

    private void export(Random random) throws Exception {
        if (acknowledged.isEmpty()) {
            pause(500);
            return;
        }
        Path out = dir.resolve("export");
        long start = System.nanoTime();
        CliRun run = CliRun.of("export", "--store", store.toString(), "--out", out.toString());
        latencies.computeIfAbsent("export", k -> Collections.synchronizedList(new ArrayList<>())).add(System.nanoTime() - start);
        if (run.exitCode() != 0) {
            failures.add("export exit " + run.exitCode() + ": " + run.err().strip());
            return;
        }
        for (String line : Files.readAllLines(out.resolve("articles.jsonl"))) {
            if (ReportJson.mapper().readTree(line).get("story").isNull()) {
                failures.add("export: an article without a story: " + line.substring(0, Math.min(80, line.length())));
                return;
            }
        }
        if (!Files.exists(out.resolve("provenance.gexf"))) {
            failures.add("export: no provenance.gexf");
        }
        exports.incrementAndGet();
    }

    private HttpResponse<String> send(String kind, HttpRequest.Builder request) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        latencies.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>())).add(System.nanoTime() - start);
        statuses.computeIfAbsent(kind, k -> new ConcurrentHashMap<>())
                .computeIfAbsent(response.statusCode(), k -> new AtomicInteger()).incrementAndGet();
        if (!DOCUMENTED.contains(response.statusCode())) {
            failures.add(kind + " " + request.build().uri().getPath() + ": " + response.statusCode() + " "
                    + response.body().substring(0, Math.min(200, response.body().length())));
        }
        return response;
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String line(Document document) {
        try {
            return LINES.writeValueAsString(Map.of("id", document.id(), "text", document.text()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void report(int minutes, int cycles, int ingests, int kills) {
        System.out.printf(Locale.ROOT, "soak: %d minutes, %d writer processes (%d ingest, %d serve), %d killed with SIGKILL; %d acknowledged"
                        + " (%d by ingest, the rest by posts); %d requests unanswered (no server, or killed mid-answer);"
                        + " %d whole exports%n", minutes, cycles, ingests, cycles - ingests, kills, acknowledged.size(), ingestAcks.get(),
                unanswered.get(), exports.get());
        latencies.forEach((kind, all) -> {
            long[] sorted;
            synchronized (all) {
                sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
            }
            System.out.printf(Locale.ROOT, "soak: %-9s n=%d p50 %.0f ms p99 %.0f ms max %.0f ms statuses %s%n", kind,
                    sorted.length, at(sorted, 50), at(sorted, 99), sorted[sorted.length - 1] / 1e6,
                    statuses.getOrDefault(kind, Map.of()));
        });
        failures.stream().limit(10).forEach(f -> System.out.println("soak: FAILURE " + f));
    }

    private static double at(long[] sorted, int percentile) {
        return sorted[Math.max(0, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)] / 1e6;
    }
}
