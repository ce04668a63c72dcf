package org.echotrace.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.echotrace.domain.SourceKind;

/**
 * The mention a pronoun source stands for: the nearest earlier mention that fits it ("he", "she": a person;
 * "it": an organisation or outlet; "they": a plural or an organisation). First and second person and
 * pronouns with nothing fitting before them stay unresolved.
 */
final class PronounResolver {

    private static final Set<String> PERSONAL = Set.of("he", "she", "him", "her");
    private static final Set<String> PLURAL = Set.of("they", "them");
    private static final Set<String> NEUTER = Set.of("it");

    private PronounResolver() {
    }

    static boolean isPronoun(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return PERSONAL.contains(w) || PLURAL.contains(w) || NEUTER.contains(w);
    }

    /** @param mentions earlier mentions, any order; only those ending before {@code position} count */
    static Optional<Mention> resolve(String pronoun, int position, List<Mention> mentions) {
        String w = pronoun.toLowerCase(Locale.ROOT);
        return mentions.stream()
                .filter(m -> m.span().end() <= position)
                .filter(m -> fits(w, m))
                .max((a, b) -> Integer.compare(a.span().start(), b.span().start()));
    }

    private static boolean fits(String pronoun, Mention m) {
        if (PERSONAL.contains(pronoun)) {
            return m.kind() == SourceKind.PERSON && !m.plural();
        }
        if (NEUTER.contains(pronoun)) {
            return (m.kind() == SourceKind.ORGANIZATION || m.kind() == SourceKind.MEDIA) && !m.plural();
        }
        return m.plural() || m.kind() == SourceKind.ORGANIZATION;
    }
}
