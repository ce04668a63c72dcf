package org.echotrace.ingest;

import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Recognises one kind of page furniture that ends up in article text as a whole line, such as a cookie
 * banner. Rules only look at short lines, so a real paragraph that happens to mention cookies stays.
 *
 * @param reason    recorded with each removal, e.g. {@code "cookie banner"}
 * @param maxLength longer lines are never taken for this kind of boilerplate
 */
record BoilerplateRule(String reason, int maxLength, Predicate<String> matches) {

    /** A rule whose regular expression must match the whole (stripped) line, case-insensitively. */
    static BoilerplateRule wholeLine(String reason, int maxLength, String regex) {
        Pattern pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return new BoilerplateRule(reason, maxLength, line -> pattern.matcher(line).matches());
    }

    boolean appliesTo(String strippedLine) {
        return strippedLine.length() <= maxLength && matches.test(strippedLine);
    }
}
