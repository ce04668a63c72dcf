package org.echotrace.ingest;

import java.util.regex.Pattern;

/**
 * Removes an editors' initials sign-off such as "AB/CD" on the last line: agencies add it for their desk,
 * it is not part of the story and would make copies of one story look different.
 */
final class SignOffFilter implements CleaningStage {
    private static final Pattern INITIALS = Pattern.compile("\\p{Lu}{2,4}(?:/\\p{Lu}{2,4}){1,3}");

    @Override
    public void apply(DocumentDraft draft) {
        int last = draft.lastContentLine();
        if (last >= 0 && INITIALS.matcher(draft.line(last).strip()).matches()) {
            draft.removeLine(last, "editor sign-off");
        }
    }
}
