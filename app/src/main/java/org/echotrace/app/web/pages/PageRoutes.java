package org.echotrace.app.web.pages;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.echotrace.app.web.SearchParams;
import org.echotrace.app.web.Services;
import org.echotrace.app.web.TextCheck;
import org.echotrace.store.SearchQuery;

/** The server-rendered pages: search, story, document, check and outlets. */
public final class PageRoutes {

    private static final int LATEST_STORIES = 20;

    private final Services services;

    public PageRoutes(Services services) {
        this.services = services;
    }

    public void register(RoutesConfig routes) {
        routes.get("/", this::search);
        routes.get("/stories/{id}", ctx -> ctx.html(StoryPage.render(services.storyReport(ctx.pathParam("id")))));
        routes.get("/documents/{id}", this::document);
        routes.get("/check", ctx -> ctx.html(Layout.page("Check a text", CheckPage.form("", null))));
        routes.get("/outlets", this::outlets);
        routes.post("/check", this::check);
    }

    private void search(Context ctx) {
        SearchQuery query = SearchParams.from(ctx);
        ctx.html(services.store().read(reader -> SearchPage.render(query,
                SearchParams.asksForSomething(query) ? reader.search(query) : null,
                reader.stories(0, LATEST_STORIES), reader.stats())));
    }

    private void outlets(Context ctx) {
        SearchQuery query = SearchParams.from(ctx); // from and to
        ctx.html(OutletsPage.render(query.from(), query.to(), services.outlets().graph(query.from(), query.to())));
    }

    private void document(Context ctx) {
        String id = ctx.pathParam("id");
        ctx.html(services.store().read(reader -> DocumentPage.render(Services.found(reader.article(id), id),
                reader.storyOf(id), reader.reuseOf(id))));
    }

    private void check(Context ctx) {
        UploadedFile file = ctx.uploadedFile("file");
        String text = ctx.formParam("text");
        try {
            String html;
            if (file != null && file.size() > 0) {
                String content = new String(file.contentAndClose(PageRoutes::readAll), StandardCharsets.UTF_8);
                html = services.check().checkFile(file.filename(), content,
                        (result, reader) -> CheckPage.render(result.document().text(), result, reader));
            } else if (text != null && !text.isBlank()) {
                String pasted = text;
                html = services.check().checkFile("pasted.txt", text,
                        (result, reader) -> CheckPage.render(pasted, result, reader));
            } else {
                ctx.status(400).html(Layout.page("Check a text", CheckPage.form("", "Paste a text or choose a file.")));
                return;
            }
            ctx.html(html);
        } catch (TextCheck.Unreadable e) {
            ctx.status(400).html(Layout.page("Check a text", CheckPage.form(text, "Could not read it: " + e.getMessage())));
        }
    }

    private static byte[] readAll(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
