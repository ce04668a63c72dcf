package org.echotrace.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.Callable;
import org.echotrace.analysis.AnalysisPipeline;
import org.echotrace.app.web.AccessToken;
import org.echotrace.app.web.ArticleWriter;
import org.echotrace.app.web.Services;
import org.echotrace.app.web.WebServer;
import org.echotrace.cli.ByteSizeConverter;
import org.echotrace.cli.ExitCodes;
import org.echotrace.language.LanguageAnalyzer;
import org.echotrace.store.ArticleStore;
import org.echotrace.store.StoreConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code echotrace serve}: the local web app over a store. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
                "Serves a store as a local web app and JSON API (search, stories, documents, check a text;",
                "API described at /openapi.json). Reads are open; writes (POST /api/articles) need",
                "Authorization: Bearer TOKEN, the token from ECHOTRACE_TOKEN or else STORE/token, made and",
                "printed on first start. The server is the store's one writer while it runs."
        },
        footer = ExitCodes.FOOTER)
final class ServeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    StoreOptions storeOptions;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Address to listen on. Default: ${DEFAULT-VALUE} (this machine only).")
    String host;

    @Option(names = "--allow-host", paramLabel = "NAME", split = ",",
            description = "Also answer requests naming this host (repeatable); by default only localhost,"
                    + " 127.0.0.1, [::1] and --host are answered (a guard against DNS rebinding).")
    List<String> allowHosts = new ArrayList<>();

    @Option(names = "--port", paramLabel = "P", defaultValue = "7070",
            description = "Port to listen on (0: any free port). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--max-body", paramLabel = "SIZE", defaultValue = "10M", converter = ByteSizeConverter.class,
            description = "Largest request body accepted (e.g. 500k, 10M); larger ones get 413. Default: ${DEFAULT-VALUE}.")
    long maxBody;

    @CommandLine.Mixin
    NlpOptions nlpOptions;

    @Option(names = "--no-nlp", description = "Store posted articles without the language layer (much faster writes).")
    boolean noNlp;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be 0..65535");
        }
        if (!isLoopback(host)) {
            err.println("echotrace: warning: listening on " + host + ", not only on this machine: anyone who can"
                    + " reach it can read the whole store (writes still need the token; there is no TLS)");
        }
        ShutdownSignal shutdown = ShutdownSignal.install();
        try (ArticleStore store = ArticleStore.openForWriting(storeOptions.store, StoreConfig.defaults())) {
            AccessToken token = AccessToken.resolve(System.getenv(AccessToken.ENV), store.directory());
            if (token.generated()) {
                out.println("Write token (shown once; kept in " + token.file() + "): " + token.value());
            }
            LanguageAnalyzer language = noNlp ? null : nlpOptions.analyzer(store.directory());
            if (language != null) {
                store.analyzeStoriesWith(nlpOptions.withLanguageAndClaims(
                        new AnalysisPipeline(store.config().reuse(), store.config().stories()), language));
            }
            ArticleWriter writer = new ArticleWriter(store, language, nlpOptions.threads());
            Services services = Services.over(store, writer, token, maxBody);
            services.outlets().prepareInBackground();
            try (WebServer server = WebServer.start(services, host, port, allowHosts)) {
                out.println("Serving " + store.directory().toAbsolutePath().normalize() + " at http://"
                        + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.port() + "/ (Ctrl-C stops)");
                out.flush();
                shutdown.await();
            }
        } finally {
            shutdown.closed();
        }
        return ExitCodes.OK;
    }

    /** True for addresses only this machine can reach (127.0.0.0/8, ::1, localhost). */
    static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
