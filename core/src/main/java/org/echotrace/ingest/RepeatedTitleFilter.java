package org.echotrace.ingest;

/**
 * Removes the title where the body repeats it at the top, alone or after a lead ("Name: headline"). Such
 * a lead is the publisher's name when it looks like one and no field gave the outlet.
 */
final class RepeatedTitleFilter implements CleaningStage {
    private static final int LINES_TO_SEARCH = 3;

    @Override
    public void apply(DocumentDraft draft) {
        String title = draft.title();
        if (title == null) {
            return;
        }
        for (int index : draft.contentLines(LINES_TO_SEARCH)) {
            String line = draft.line(index);
            if (HeadlineText.same(line, title)) {
                draft.removeLine(index, "title repeated in body");
                return;
            }
            var split = LeadSplit.of(line).filter(s -> HeadlineText.same(s.rest(), title));
            if (split.isPresent()) {
                if (draft.outlet() == null && OutletName.isPlausible(split.get().lead())) {
                    draft.inferOutlet(split.get().lead());
                }
                draft.removeLine(index, "title repeated in body");
                return;
            }
        }
    }
}
