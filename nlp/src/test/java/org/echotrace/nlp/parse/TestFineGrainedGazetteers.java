package org.echotrace.nlp.parse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which lines of CoreNLP's fine-grained NER gazetteers the pipeline keeps (lines as the lists hold them). */
class TestFineGrainedGazetteers {

    @Test
    void literalEntriesAreAllKept() {
        assertTrue(FineGrainedGazetteers.kept("paris\tCITY\tLOCATION\t1"));
        assertTrue(FineGrainedGazetteers.kept("paris-born\tCITY\tMISC\t1"));
        assertTrue(FineGrainedGazetteers.kept("prime minister\tTITLE\tMISC\t1"));
    }

    @Test
    void regexEntriesAreKeptForPlacesOnly() {
        assertTrue(FineGrainedGazetteers.kept("u\\.s\\.\tCOUNTRY\tLOCATION\t1"));
        assertTrue(FineGrainedGazetteers.kept("Calif\\.?\tSTATE_OR_PROVINCE\tLOCATION\t1"));
        assertFalse(FineGrainedGazetteers.kept("Calif\\.?-born\tSTATE_OR_PROVINCE\tMISC\t1"));
        assertFalse(FineGrainedGazetteers.kept("rep\\.\tTITLE\tMISC\t1"));
        assertFalse(FineGrainedGazetteers.kept("secretary of .*\tTITLE\tMISC\t1"));
    }

    @Test
    void theFilteredListsAreWrittenAsCoreNlpMappingOptions() {
        String mapping = FineGrainedGazetteers.mapping();
        assertTrue(mapping.startsWith("ignorecase=true,validpospattern="), mapping);
        assertTrue(mapping.contains("regexner_caseless.tab;") && mapping.endsWith("regexner_cased.tab"), mapping);
    }
}
