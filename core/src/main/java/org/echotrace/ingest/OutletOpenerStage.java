package org.echotrace.ingest;

/**
 * Reads the outlet from an opener at the very start of the body, "Daily Courier - The minister said ...",
 * and cuts the opener off. Capitals-only leads are city datelines and stay (see {@link CityDatelineStage}).
 */
final class OutletOpenerStage implements CleaningStage {

    @Override
    public void apply(DocumentDraft draft) {
        var first = draft.contentLines(1);
        if (first.isEmpty()) {
            return;
        }
        int index = first.get(0);
        var opener = LeadSplit.of(draft.line(index))
                .filter(split -> OutletName.isPlausible(split.lead()))
                .filter(LeadSplit::restStartsLikeSentence)
                // "Name: "quote"" is a speaker and a quotation, not a publisher
                .filter(split -> !(split.colon() && split.startsWithQuote()));
        if (opener.isEmpty()) {
            return;
        }
        String name = opener.get().lead();
        if (draft.outlet() == null) {
            draft.inferOutlet(name);
        } else if (!draft.outlet().equalsIgnoreCase(name)) {
            return;
        }
        draft.removeLineStart(index, opener.get().restStart(), "outlet opener");
    }
}
