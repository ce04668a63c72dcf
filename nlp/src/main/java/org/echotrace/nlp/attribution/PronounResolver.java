package org.echotrace.nlp.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.echotrace.domain.SourceKind;
import org.echotrace.domain.TextSpan;

/**
 * The mention a pronoun source stands for, only where the text makes it clear. "He" and "she" take a person of
 * their gender (or of none known) named since the start of the previous sentence outside quotations, when
 * that is one person, or the one of them who spoke last; failing any, the last speaker of the document when
 * nobody else fitting was named since (a run of quotations: "X said ... . '...,' he said"). Otherwise the
 * pronoun stays unresolved: a wrong name is worse for a reader than none. "It" takes the nearest organisation
 * or outlet, "they" the nearest plural or organisation. First and second person stay unresolved.
 */
final class PronounResolver {

    private static final Set<String> MALE = Set.of("he", "him");
    private static final Set<String> FEMALE = Set.of("she", "her");
    private static final Set<String> PLURAL = Set.of("they", "them");
    private static final Set<String> NEUTER = Set.of("it");

    private PronounResolver() {
    }

    static boolean isPronoun(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return MALE.contains(w) || FEMALE.contains(w) || PLURAL.contains(w) || NEUTER.contains(w);
    }

    /**
     * @param mentions    earlier mentions, any order; only those ending before {@code position} count
     * @param reachStart  where the sentence before the pronoun's starts
     * @param quotations  the document's quotations: a name inside one is rarely who speaks
     */
    static Optional<Antecedent> resolve(String pronoun, int position, int reachStart, List<Antecedent> mentions,
                                     List<TextSpan> quotations) {
        String w = pronoun.toLowerCase(Locale.ROOT);
        List<Antecedent> before = mentions.stream().filter(m -> m.span().end() <= position).toList();
        if (!MALE.contains(w) && !FEMALE.contains(w)) {
            return before.stream().filter(m -> fitsNonPersonal(w, m))
                    .max((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        }
        Antecedent.Gender wanted = MALE.contains(w) ? Antecedent.Gender.MALE : Antecedent.Gender.FEMALE;
        List<Antecedent> people = before.stream().filter(m -> fitsPerson(wanted, m))
                .filter(m -> QuoteFinder.enclosing(quotations, m.span()) == null).toList();
        List<Antecedent> near = people.stream().filter(m -> m.span().start() >= reachStart).toList();
        if (!near.isEmpty()) {
            return clearestOf(near);
        }
        Optional<Antecedent> lastSpeaker = people.stream().filter(Antecedent::speaker)
                .max((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return lastSpeaker.filter(speaker -> people.stream().noneMatch(
                m -> m.span().start() > speaker.span().end() && !samePerson(m, speaker)));
    }

    /** One person named (however often), or else the one of them who spoke last; else none. */
    private static Optional<Antecedent> clearestOf(List<Antecedent> near) {
        List<Antecedent> distinct = new ArrayList<>();
        for (Antecedent m : near) {
            if (distinct.stream().noneMatch(d -> samePerson(d, m))) {
                distinct.add(m);
            }
        }
        if (distinct.size() == 1) {
            return Optional.of(latest(near));
        }
        List<Antecedent> speakers = near.stream().filter(Antecedent::speaker).toList();
        boolean oneSpeaker = !speakers.isEmpty() && speakers.stream().allMatch(s -> samePerson(s, speakers.get(0)));
        return oneSpeaker ? Optional.of(latest(speakers)) : Optional.empty();
    }

    private static Antecedent latest(List<Antecedent> mentions) {
        return mentions.stream().max((a, b) -> Integer.compare(a.span().start(), b.span().start())).orElseThrow();
    }

    /**
     * "Marco Rubio" and "Rubio": the same last word; and a speaker's phrase and the name it holds ("Jane Doe, a
     * director of X," and "Jane Doe").
     */
    static boolean samePerson(Antecedent a, Antecedent b) {
        return lastWord(a).equals(lastWord(b)) || contains(a, b) || contains(b, a);
    }

    private static boolean contains(Antecedent outer, Antecedent inner) {
        return outer.speaker() && outer.span().start() <= inner.span().start() && inner.span().end() <= outer.span().end();
    }

    private static String lastWord(Antecedent m) {
        String[] words = m.span().text().strip().split("[\\s,]+");
        return words[words.length - 1].toLowerCase(Locale.ROOT).replaceAll("['’]s$", "");
    }

    private static boolean fitsPerson(Antecedent.Gender wanted, Antecedent m) {
        return m.kind() == SourceKind.PERSON && !m.plural()
                && (m.gender() == Antecedent.Gender.UNKNOWN || m.gender() == wanted);
    }

    private static boolean fitsNonPersonal(String pronoun, Antecedent m) {
        if (NEUTER.contains(pronoun)) {
            return (m.kind() == SourceKind.ORGANIZATION || m.kind() == SourceKind.MEDIA) && !m.plural();
        }
        return m.plural() || m.kind() == SourceKind.ORGANIZATION;
    }
}
