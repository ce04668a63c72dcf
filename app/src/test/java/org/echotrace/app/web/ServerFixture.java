package org.echotrace.app.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.echotrace.domain.Document;
import org.echotrace.ingest.IngestOptions;
import org.echotrace.ingest.Ingester;
import org.echotrace.language.LanguageAnalyzer;
import org.echotrace.store.ArticleStore;
import org.echotrace.store.StoreConfig;

/**
 * A real server on an ephemeral loopback port over a store in a temporary folder, with a known token,
 * and a plain HTTP client for it. (Not named Test*: it holds no tests.)
 */
public final class ServerFixture implements AutoCloseable {

    public static final String TOKEN = "test-token-0123456789";
    public static final Path EXAMPLE = Path.of("..", "examples", "mko-relocation-2023");

    private final ArticleStore store;
    private final WebServer server;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private ServerFixture(ArticleStore store, WebServer server) {
        this.store = store;
        this.server = server;
    }

    /** A server over a store holding the bundled example reports, stored without NLP. */
    public static ServerFixture withExample(Path dir) {
        return start(dir, readExample(), null, 10L * 1024 * 1024);
    }

    public static ServerFixture start(Path dir, List<Document> documents, LanguageAnalyzer language, long maxBody) {
        return start(dir, documents, language, maxBody, List.of());
    }

    /** @param allowHosts host names answered besides the loopback ones ({@code serve --allow-host}) */
    public static ServerFixture start(Path dir, List<Document> documents, LanguageAnalyzer language, long maxBody,
                                      List<String> allowHosts) {
        ArticleStore store = ArticleStore.openForWriting(dir, StoreConfig.defaults());
        if (language != null) {
            store.analyzeStoriesWith(org.echotrace.app.FullAnalysis.of(
                    new org.echotrace.analysis.AnalysisPipeline(store.config().reuse(), store.config().stories()), language, 2));
        }
        ArticleWriter writer = new ArticleWriter(store, language, 2);
        if (!documents.isEmpty()) {
            writer.add(documents);
        }
        AccessToken token = new AccessToken(TOKEN, false, null);
        return new ServerFixture(store, WebServer.start(Services.over(store, writer, token, maxBody), "127.0.0.1", 0,
                allowHosts));
    }

    public static List<Document> readExample() {
        return new Ingester(IngestOptions.defaults()).read(List.of(EXAMPLE.toString()), System.in, null).documents();
    }

    public ArticleStore store() {
        return store;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> post(String path, String body, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() throws IOException {
        server.close();
        store.close();
    }
}
