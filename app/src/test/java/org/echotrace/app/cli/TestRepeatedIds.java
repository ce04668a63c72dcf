package org.echotrace.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.echotrace.cli.ExitCodes;
import org.echotrace.store.ArticleStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A feed that repeats ids: no stored article is ever overwritten by a different one. */
class TestRepeatedIds {

    static final String FIRST = "The harbour authority closed the northern pier on Monday after a crane collapsed"
            + " onto two fishing boats during the morning shift.";
    static final String SECOND = "Voters in the river district will choose a new council in March, the election"
            + " office said, after the old council resigned over a budget dispute.";
    static final String THIRD = "A museum in the old town reopened its west wing after three years of repairs to"
            + " the roof, which had leaked onto the painting collection.";

    @TempDir
    Path dir;

    @Test
    void aRenamedDuplicateNeverTakesAStoredIdAndACorrectionReplacesOnlyItsArticle() throws Exception {
        Path store = dir.resolve("store");
        CliRun first = ingest(store, "run1.jsonl", line("story-2", FIRST));
        assertEquals(List.of("added story-2"), statusAndId(first));

        CliRun second = ingest(store, "run2.jsonl", line("story", SECOND), line("story", THIRD));
        assertEquals(List.of("added story", "added story-3"), statusAndId(second), second.out());
        assertTrue(second.err().contains("duplicate id \"story\", renamed to \"story-3\""), second.err());
        try (ArticleStore read = ArticleStore.openForReading(store)) {
            assertEquals(FIRST, read.article("story-2").orElseThrow().document().text());
            assertEquals(SECOND, read.article("story").orElseThrow().document().text());
            assertEquals(THIRD, read.article("story-3").orElseThrow().document().text());
        }

        String corrected = FIRST.replace("Monday", "Tuesday");
        CliRun resent = ingest(store, "run3.jsonl", line("story-2", FIRST), line("story", SECOND),
                line("story", SECOND), line("story-3", corrected));
        assertEquals(List.of("unchanged story-2", "unchanged story", "replaced story-3"), statusAndId(resent),
                resent.out());
        assertTrue(resent.err().contains("same text as an article read before"), resent.err());
        try (ArticleStore read = ArticleStore.openForReading(store)) {
            assertEquals(3, read.stats().articles());
            assertEquals(FIRST, read.article("story-2").orElseThrow().document().text());
            assertEquals(corrected, read.article("story-3").orElseThrow().document().text());
        }
    }

    static String line(String id, String text) {
        return "{\"id\":\"" + id + "\",\"title\":\"" + id + "\",\"text\":\"" + text + "\"}";
    }

    private CliRun ingest(Path store, String name, String... lines) throws Exception {
        Path feed = dir.resolve(name);
        Files.writeString(feed, String.join("\n", lines) + "\n");
        CliRun run = CliRun.of("ingest", feed.toString(), "--store", store.toString(), "--no-nlp", "--list");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        return run;
    }

    /** "added ID" for each acknowledged line. */
    private static List<String> statusAndId(CliRun run) {
        return run.out().lines().filter(l -> l.contains(" story s")).map(l -> {
            String[] words = l.split(" ");
            return words[0] + " " + words[1];
        }).toList();
    }
}
