package org.echotrace.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of every reader path with Jazzer. In a plain {@code mvn test} it runs in
 * regression mode: it replays the inputs under {@code TestIngestFuzzInputs/} (seeds and findings) in a
 * second. With the environment variable {@code JAZZER_FUZZ=1} it fuzzes for {@code maxDuration}: the
 * {@code fuzz} execution in core's pom does that during {@code mvn verify}. A finding becomes a file under
 * {@code src/test/resources/fuzz/}, replayed by {@link TestFuzzFixes}.
 */
class TestIngestFuzz {

    @FuzzTest(maxDuration = "45s")
    void noInputMakesAReaderThrow(byte[] input) {
        FuzzTarget.read(input);
    }
}
