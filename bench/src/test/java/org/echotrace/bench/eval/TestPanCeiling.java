package org.echotrace.bench.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.echotrace.domain.ReuseSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The oracle finds the copy exactly when the gold offsets are right, and follows it when they are not. */
class TestPanCeiling {

    private static final String SOURCE_START = "Rainfall in the northern valleys was measured at forty stations;";
    private static final String COPIED = "The committee found that the reservoir had been drained twice in one "
            + "summer without the approval of the regional water board, and it asked for the records of both decisions.";
    private static final String SOURCE_END = "\nFarmers downstream were told nothing until the autumn.";
    private static final String SUSP_START = "A local paper printed a long article about water use last year:\n";
    private static final String SUSP_END = " Nobody at the board answered the paper's questions.";

    @Test
    void rightGoldOffsetsGiveAPerfectScore(@TempDir Path folder) throws Exception {
        write(folder, SUSP_START.length(), SOURCE_START.length());
        PanEvaluation.Result r = new PanEvaluation(ReuseSettings.DEFAULTS).ceiling(folder, 0);
        assertEquals(1.0, r.plagdet(), 1e-9, r.toJson());
    }

    @Test
    void shiftedGoldOffsetsCostTheOracleWhatTheyCostAnyDetector(@TempDir Path folder) throws Exception {
        int shift = 40;
        write(folder, SUSP_START.length() - shift, SOURCE_START.length());
        PanEvaluation.Result r = new PanEvaluation(ReuseSettings.DEFAULTS).ceiling(folder, 0);
        int copied = COPIED.length();
        double recall = (copied - shift + copied) / (2.0 * copied);
        assertEquals(recall, r.recall(), 1e-9, r.toJson());
        assertEquals(recall, r.precision(), 1e-9, r.toJson());
    }

    private static void write(Path folder, int thisOffset, int sourceOffset) throws Exception {
        Files.createDirectories(folder.resolve("susp"));
        Files.createDirectories(folder.resolve("src"));
        Files.createDirectories(folder.resolve("truth"));
        Files.writeString(folder.resolve("pairs"), "s1.txt r1.txt\n");
        Files.writeString(folder.resolve("susp/s1.txt"), SUSP_START + COPIED + SUSP_END);
        Files.writeString(folder.resolve("src/r1.txt"), SOURCE_START + COPIED + SOURCE_END);
        int length = COPIED.length();
        Files.writeString(folder.resolve("truth/s1-r1.xml"), "<document reference=\"s1.txt\">\n"
                + "<feature name=\"plagiarism\" source_length=\"" + length + "\" source_offset=\"" + sourceOffset
                + "\" source_reference=\"r1.txt\" this_length=\"" + length + "\" this_offset=\"" + thisOffset
                + "\" />\n</document>\n");
    }
}
