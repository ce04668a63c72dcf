package org.echotrace.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.echotrace.report.ReportJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The job on a corpus with no shared passage succeeds as analyze does: empty tables, a whole report. */
class TestSparkEmptyTables {

    @Test
    void twoUnrelatedArticlesGiveEmptyReuseTablesAndExitZero(@TempDir Path dir) throws Exception {
        Path input = Files.writeString(dir.resolve("two.jsonl"),
                EncodedDocument.toJson(Map.of("id", "harbour", "text", "The harbour authority closed the northern"
                        + " pier on Monday after a crane collapsed onto two fishing boats during the morning shift."))
                + "\n" + EncodedDocument.toJson(Map.of("id", "council", "text", "Voters in the river district will"
                        + " choose a new council in March, the election office said, after a budget dispute.")) + "\n");
        Path out = dir.resolve("out");
        int status = new CommandLine(new SparkJobMain()).execute(input.toString(), "--out", out.toString(),
                "--master", "local[2]", "--partitions", "2", "--report");
        assertEquals(0, status);
        JsonNode report = ReportJson.mapper().readTree(out.resolve("report.json").toFile());
        assertEquals(2, report.get("documents").size());
        assertEquals(0, report.get("reuse").size());
        assertEquals(2, report.get("stories").size());
        assertTrue(Files.isDirectory(out.resolve("reuse/jsonl")), "the empty reuse table is written as JSON Lines");
        assertFalse(Files.exists(out.resolve("reuse/parquet")), "an empty table has no Parquet");
        assertTrue(Files.isDirectory(out.resolve("documents/parquet")));
    }
}
