package org.echotrace.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.echotrace.Progress;
import org.echotrace.domain.ReuseSettings;
import org.echotrace.domain.Document;
import org.echotrace.domain.Passage;
import org.echotrace.domain.ReusePair;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reuse detection on the bundled example: five real reports about one event. */
class TestExampleReuse {

    private static Map<String, Document> docs;
    private static List<ReusePair> pairs;

    @BeforeAll
    static void detect() throws IOException {
        Path dir = Path.of("..", "examples", "mko-relocation-2023");
        List<Document> list = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                list.add(Document.of(name.substring(0, 3), Files.readString(f, StandardCharsets.UTF_8)));
            }
        }
        docs = list.stream().collect(Collectors.toMap(Document::id, Function.identity()));
        pairs = new ReuseDetector(ReuseSettings.DEFAULTS).detect(list, Progress.NONE);
        pairs.forEach(p -> System.out.println(p.a() + "-" + p.b() + " " + p.kind() + " words=" + p.sharedWords()
                + " passages=" + p.passages()));
    }

    private static Optional<ReusePair> pair(String a, String b) {
        return pairs.stream().filter(p -> p.a().equals(a) && p.b().equals(b)).findFirst();
    }

    @Test
    void copiedParagraphsAreAlignedOnBothSides() {
        ReusePair p = pair("000", "003").orElseThrow();
        Passage block = p.passages().stream()
                .filter(x -> x.a().of(docs.get("000").text()).contains("They seized 150 computer devices"))
                .findFirst().orElseThrow();
        String inA = block.a().of(docs.get("000").text());
        String inB = block.b().of(docs.get("003").text());
        assertTrue(inB.contains("They seized 150 computer devices"), inB);
        // the whole run of copied paragraphs is one passage, from the ban to the last killing
        assertTrue(inA.startsWith("the government of Albania banned Maryam Rajavi"), inA);
        assertTrue(inB.startsWith("the government of Albania banned Maryam Rajavi"), inB);
        assertTrue(inA.endsWith("targeted killings") && inB.endsWith("targeted killings"), inB);
        // "counter-terrorism" versus "counterterrorism" is the same word
        assertTrue(block.identity() > 0.95 && block.identity() <= 1.0);
        assertTrue(p.sharedWords() >= 200, "shared " + p.sharedWords());
        assertEquals(p.passages(), p.passages().stream().sorted((x, y) -> x.a().compareTo(y.a())).toList());
    }

    @Test
    void sentencesCopiedWithEditsArePaired() {
        ReusePair p = pair("000", "001").orElseThrow();
        assertTrue(p.passages().stream().anyMatch(x ->
                x.b().of(docs.get("001").text()).contains("Rajavi fled from Albania to France in late June")));
    }

    @Test
    void olderDifferentStorySharesNothing() {
        assertFalse(pairs.stream().anyMatch(p -> p.a().equals("004") || p.b().equals("004")), pairs.toString());
    }

    @Test
    void paraphraseIsNotReuse() {
        for (ReusePair p : pairs) {
            if (p.a().equals("002") || p.b().equals("002")) {
                // only a real shared stretch of minWords words could pair it; none are in the paraphrase
                for (Passage x : p.passages()) {
                    assertTrue(x.words() >= ReuseSettings.DEFAULTS.minWords());
                }
            }
        }
        assertTrue(pairs.stream().noneMatch(p -> p.a().equals("002") || p.b().equals("002")), pairs.toString());
    }

    @Test
    void spansStartAndEndOnWords() {
        for (ReusePair p : pairs) {
            assertTrue(p.a().compareTo(p.b()) < 0);
            for (Passage x : p.passages()) {
                for (var e : List.of(Map.entry(x.a(), docs.get(p.a()).text()), Map.entry(x.b(), docs.get(p.b()).text()))) {
                    String s = e.getKey().of(e.getValue());
                    assertTrue(Character.isLetterOrDigit(s.charAt(0)), s);
                    assertTrue(Character.isLetterOrDigit(s.charAt(s.length() - 1)), s);
                }
            }
        }
    }
}
