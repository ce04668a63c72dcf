package org.echotrace.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.echotrace.domain.Document;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages over a store that holds, besides the example, a hostile article: script tags, event-handler
 * attributes and a javascript: URL in its text and metadata. Every page that shows it must show it as
 * text, and send the Content-Security-Policy.
 */
class TestWebPages {

    static final String HOSTILE_ID = "hostile\"><script>alert(1)</script>";
    static final String HOSTILE_JSONL = "{\"id\": \"hostile\\\"><script>alert(1)</script>\","
            + " \"title\": \"<script>alert('title')</script> Albania news\","
            + " \"outlet\": \"<img src=x onerror=alert('outlet')>\", \"url\": \"javascript:alert('url')\","
            + " \"published\": \"2023-09-04\", \"note\": \"<svg onload=alert('meta')>\","
            + " \"text\": \"Breaking: <script>alert('text')</script> the group <b onmouseover=alert(2)>moves</b> to Albania."
            + " <a href=\\\"javascript:alert(3)\\\">read more</a> about the relocation of the members from Albania.\"}";

    @TempDir
    static Path dir;
    static ServerFixture server;

    @BeforeAll
    static void start() throws Exception {
        server = ServerFixture.withExample(dir.resolve("store"));
        HttpResponse<String> posted = server.post("/api/articles", HOSTILE_JSONL, ServerFixture.TOKEN);
        assertEquals(201, posted.statusCode(), posted.body());
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    static String encoded(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Test
    void hostileArticleIsShownAsTextEverywhere() throws Exception {
        Document hostile = server.store().article(HOSTILE_ID).orElseThrow().document();
        assertTrue(hostile.text().contains("<script>"), "cleaning kept the markup as text: " + hostile.text());
        String story = server.store().storyOf(HOSTILE_ID).orElseThrow().id();
        List<String> pages = List.of("/documents/" + encoded(HOSTILE_ID), "/stories/" + story, "/?q=Albania",
                "/?q=" + encoded("<script>alert(9)</script>"), "/?outlet=" + encoded(hostile.outlet()), "/");
        for (String path : pages) {
            HttpResponse<String> page = server.get(path);
            assertEquals(200, page.statusCode(), path);
            assertSafe(path, page);
        }
        org.jsoup.nodes.Document documentPage = Jsoup.parse(server.get("/documents/" + encoded(HOSTILE_ID)).body());
        assertTrue(documentPage.select(".doc-text").text().contains("<script>alert('text')</script>"),
                "the script shows as text");
        assertTrue(documentPage.select("table.meta").text().contains("javascript:alert('url')"), "the URL as text");
    }

    @Test
    void checkPageShowsAHostileTextAsText() throws Exception {
        String form = "text=" + URLEncoder.encode("<script>alert('checked')</script> " + TestWebApi.copiedParagraphs(),
                StandardCharsets.UTF_8);
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url("/check")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> page = java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertSafe("/check", page);
        org.jsoup.nodes.Document html = Jsoup.parse(page.body());
        assertTrue(html.select("article.pair .diff-same").size() > 0, "the match is highlighted side by side");
        assertTrue(html.select(".story-match a").attr("href").startsWith("/stories/"), "the story it joins");
    }

    @Test
    void checkPageTakesAnUploadedFile() throws Exception {
        String boundary = "----echotrace-test-boundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\n\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"copy.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n" + TestWebApi.copiedParagraphs() + "\r\n--" + boundary + "--\r\n";
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url("/check")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> page = java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode(), page.body());
        org.jsoup.nodes.Document html = Jsoup.parse(page.body());
        assertTrue(html.select(".match-link a").eachText().contains("001_e510f0f15825f0ec"), "the uploaded text's source");

        java.net.http.HttpRequest broken = java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url("/check")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("--" + boundary + "\r\nbroken")).build();
        HttpResponse<String> refused = java.net.http.HttpClient.newHttpClient().send(broken, HttpResponse.BodyHandlers.ofString());
        assertEquals(400, refused.statusCode(), "a broken upload is the client's error");
        assertSafe("/check (broken upload)", refused);
    }

    @Test
    void unknownPagesAre404Pages() throws Exception {
        HttpResponse<String> page = server.get("/documents/" + encoded("<b>nope</b>"));
        assertEquals(404, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertSafe("404", page);
        assertTrue(page.body().contains("&lt;b&gt;nope&lt;/b&gt;"));
    }

    /** No script element, no event handler, no javascript: link, and the CSP header. */
    static void assertSafe(String path, HttpResponse<String> page) {
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        for (String directive : List.of("script-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'")) {
            assertTrue(csp.contains(directive), path + " CSP " + csp);
        }
        org.jsoup.nodes.Document html = Jsoup.parse(page.body());
        assertEquals(0, html.select("script, iframe, object, embed, svg[onload], img[onerror]").size(), path);
        List<String> bad = new ArrayList<>();
        for (Element element : html.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                if (attribute.getKey().toLowerCase().startsWith("on") || attribute.getKey().equals("style")
                        || attribute.getValue().strip().toLowerCase().startsWith("javascript:")) {
                    bad.add(element.tagName() + " " + attribute);
                }
            }
        }
        assertTrue(bad.isEmpty(), path + ": " + bad);
    }
}
