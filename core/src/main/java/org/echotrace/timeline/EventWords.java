package org.echotrace.timeline;

import java.util.HashSet;
import java.util.Set;
import org.echotrace.language.TimeExpression;
import org.echotrace.text.Stopwords;
import org.echotrace.text.TokenizedText;
import org.echotrace.text.WordTokenizer;

/**
 * The content words of the clause a date expression dates, for telling whether two documents date the
 * same event. Words are normalised and lightly stemmed ("raided", "raids" and "raid" are one word); the
 * date expression's own words are left out, since two expressions of one date share them anyway.
 */
final class EventWords {

    private EventWords() {
    }

    static Set<String> of(TimeExpression expression) {
        String clause = expression.event() != null ? expression.event().text() : expression.sentence().text();
        int offset = expression.event() != null ? expression.event().start() : expression.sentence().start();
        TokenizedText words = WordTokenizer.tokenize(clause);
        Set<String> content = new HashSet<>();
        for (int w = 0; w < words.size(); w++) {
            boolean inDate = offset + words.start(w) < expression.text().end()
                    && expression.text().start() < offset + words.end(w);
            String term = words.term(w);
            if (!inDate && !Stopwords.isStopword(term) && term.chars().anyMatch(Character::isLetter)) {
                content.add(stem(term));
            }
        }
        return content;
    }

    /** Strips the commonest inflections; enough to match a verb with its noun ("raided", "raid"). */
    static String stem(String term) {
        if (term.length() > 4 && term.endsWith("ies")) {
            return term.substring(0, term.length() - 3) + "y";
        }
        for (String suffix : new String[] {"ing", "ed", "es", "s"}) {
            if (term.length() - suffix.length() >= 3 && term.endsWith(suffix) && !term.endsWith("ss")) {
                return term.substring(0, term.length() - suffix.length());
            }
        }
        return term;
    }
}
