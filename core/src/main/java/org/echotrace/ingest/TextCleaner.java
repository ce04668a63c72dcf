package org.echotrace.ingest;

import java.util.List;
import org.echotrace.domain.Document;

/**
 * Turns a raw article into a {@link Document}: whitespace normalised, boilerplate removed with reasons,
 * and title, date and outlet taken from the text where no field gave them.
 */
final class TextCleaner {
    /**
     * Order matters: furniture goes first so that it is not taken for a headline or a last line, and the
     * dateline before the headline because it often sits between headline and body;
     * update stamps after the dateline, which may read the date from one.
     */
    private static final List<CleaningStage> STAGES = List.of(
            new BoilerplateLineFilter(),
            new RepeatedWordFilter(),
            new SignOffFilter(),
            new DatelineStage(),
            new UpdateStampFilter(),
            new HeadlineStage(),
            new RepeatedTitleFilter(),
            new OutletOpenerStage(),
            new CityDatelineStage());

    Document clean(RawArticle raw) {
        DocumentDraft draft = new DocumentDraft(raw);
        for (CleaningStage stage : STAGES) {
            stage.apply(draft);
        }
        return draft.toDocument();
    }
}
