package org.echotrace.app.web;

import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The few files the pages load, from the classpath: the report's stylesheet (so pages look like
 * report.html), the web app's additions and the OpenAPI description. A fixed list, so no other
 * resource of the jar can be fetched.
 */
final class Assets {

    private record Asset(String path, String resource, String contentType) {
    }

    private static final Asset[] ASSETS = {
            new Asset("/static/report.css", "/org/echotrace/app/render/report.css", "text/css; charset=utf-8"),
            new Asset("/static/web.css", "/org/echotrace/app/web/web.css", "text/css; charset=utf-8"),
            new Asset("/openapi.json", "/org/echotrace/app/web/openapi.json", "application/json"),
    };

    private Assets() {
    }

    static void register(RoutesConfig routes) {
        for (Asset asset : ASSETS) {
            byte[] content = load(asset.resource());
            routes.get(asset.path(), ctx -> ctx.contentType(asset.contentType())
                    .header("Cache-Control", "max-age=300").result(content));
        }
    }

    private static byte[] load(String resource) {
        try (InputStream in = Assets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
