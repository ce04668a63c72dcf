package org.echotrace.nlp.attribution;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.echotrace.domain.SourceKind;

/**
 * Names the outlet a source spoke through. "the agency", "the newspaper", "the outlet" stand for the nearest
 * earlier named outlet in the text; a phrase that names one, or that has nothing to stand for, is kept as it is.
 */
final class ViaResolver {

    private static final Set<String> DETERMINERS = Set.of("the", "this", "that", "a", "an");

    private ViaResolver() {
    }

    /**
     * @param phrase   the outlet phrase as written
     * @param named    whether the phrase itself carries a name (a proper noun)
     * @param mentions earlier mentions in the document
     */
    static String resolve(String phrase, int position, boolean named, List<Antecedent> mentions) {
        if (named) {
            return stripDeterminer(phrase);
        }
        Optional<Antecedent> outlet = mentions.stream()
                .filter(m -> m.kind() == SourceKind.MEDIA && m.span().end() <= position && hasCapital(m.span().text()))
                .max((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return outlet.map(m -> stripDeterminer(m.span().text())).orElse(phrase);
    }

    private static boolean hasCapital(String text) {
        return text.chars().anyMatch(Character::isUpperCase);
    }

    private static String stripDeterminer(String phrase) {
        int space = phrase.indexOf(' ');
        if (space > 0 && DETERMINERS.contains(phrase.substring(0, space).toLowerCase(Locale.ROOT))) {
            return phrase.substring(space + 1);
        }
        return phrase;
    }
}
