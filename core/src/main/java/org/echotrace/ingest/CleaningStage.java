package org.echotrace.ingest;

/**
 * One step of text cleaning: removes lines or parts of lines it recognises, with a reason, and may fill
 * in metadata the text reveals. Stages run in a fixed order on a {@link DocumentDraft}.
 */
interface CleaningStage {
    void apply(DocumentDraft draft);
}
