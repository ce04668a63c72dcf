package org.echotrace.timeline;

import java.util.Set;
import org.echotrace.language.TimeExpression;
import org.echotrace.text.Stopwords;

/**
 * Whether two date expressions date the same event: the same main verb (one that means something; "say" or
 * "be" do not), or clauses that share at least {@value #MIN_SHARED} content words making up at least
 * {@value #MIN_SHARE} of the shorter one.
 */
final class EventMatch {

    static final int MIN_SHARED = 3;
    static final double MIN_SHARE = 0.4;

    private EventMatch() {
    }

    /** A date expression with its clause's content words, computed once. */
    record Told(TimeExpression expression, Set<String> words) {
        static Told of(TimeExpression expression) {
            return new Told(expression, EventWords.of(expression));
        }
    }

    static boolean same(Told a, Told b) {
        return sameVerb(a.expression().verb(), b.expression().verb()) || overlap(a.words(), b.words());
    }

    private static boolean sameVerb(String a, String b) {
        return a != null && a.equalsIgnoreCase(b) && !Stopwords.isStopword(a.toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean overlap(Set<String> a, Set<String> b) {
        long shared = a.stream().filter(b::contains).count();
        return shared >= MIN_SHARED && shared >= MIN_SHARE * Math.min(a.size(), b.size());
    }
}
