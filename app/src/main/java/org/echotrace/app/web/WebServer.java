package org.echotrace.app.web;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.json.JavalinJackson;
import java.io.Closeable;
import java.util.List;
import org.echotrace.app.web.api.ApiRoutes;
import org.echotrace.app.web.pages.PageRoutes;
import org.echotrace.report.ReportJson;

/** The local web app and JSON API over one store: Javalin wired with the routes, limits and headers. */
public final class WebServer implements Closeable {

    private final Javalin app;

    private WebServer(Javalin app) {
        this.app = app;
    }

    /** Starts serving on {@code host:port} (port 0 picks a free one; see {@link #port()}). */
    public static WebServer start(Services services, String host, int port) {
        return start(services, host, port, List.of());
    }

    /**
     * As {@link #start(Services, String, int)}, answering also for the host names {@code allowHosts}
     * (see {@link HostCheck}).
     */
    public static WebServer start(Services services, String host, int port, List<String> allowHosts) {
        HostCheck hosts = new HostCheck(host, allowHosts);
        Javalin app = Javalin.create(config -> {
            config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = services.maxBody();
            config.jetty.multipartConfig.maxFileSize(services.maxBody(), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(services.maxBody(), SizeUnit.BYTES);
            config.jsonMapper(new JavalinJackson(ReportJson.mapper(), false));
            config.routes.before(SecurityHeaders::apply);
            config.routes.before(hosts::apply);
            config.routes.before(ctx -> {
                // refuse a declared oversize body before reading any of it
                if (declaredLength(ctx.header("Content-Length")) > services.maxBody()) {
                    throw RequestProblem.tooLarge(services.maxBody());
                }
            });
            Assets.register(config.routes);
            new ApiRoutes(services).register(config.routes);
            new PageRoutes(services).register(config.routes);
            ErrorResponses.register(config.routes);
        });
        app.start(host, port);
        return new WebServer(app);
    }

    private static long declaredLength(String header) {
        try {
            return header == null ? -1 : Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1; // Jetty rejects a malformed length itself
        }
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
