package org.echotrace.nlp.attribution;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.echotrace.domain.SourceKind;
import org.echotrace.domain.TextSpan;

/**
 * The people a document names with a title ("Prime Minister Edi Rama", "Edi Rama, the prime minister"), so
 * that a source described by its title ("the prime minister said") can be given its name, only where the text
 * makes it clear: exactly one person named before the description carries every title word of it. Titles are
 * CoreNLP's fine-grained {@code TITLE} entities; a description is a determiner, optional modifiers naming a
 * place or nationality ("the Iraqi prime minister") and title words.
 */
final class TitledPeople {

    private static final String TITLE = "TITLE";

    /** A person's mention and the title words written with it, lowercased. */
    private record Titled(Antecedent person, List<String> title) {
    }

    private final List<CoreLabel> tokens;
    private final List<Titled> titled;

    private TitledPeople(List<CoreLabel> tokens, List<Titled> titled) {
        this.tokens = tokens;
        this.titled = titled;
    }

    static TitledPeople of(Annotation parse, List<Antecedent> mentions) {
        List<CoreLabel> tokens = parse.get(CoreAnnotations.TokensAnnotation.class);
        tokens = tokens == null ? List.of() : tokens;
        List<Titled> titled = new ArrayList<>();
        for (Antecedent m : mentions) {
            if (m.kind() != SourceKind.PERSON) {
                continue;
            }
            List<String> title = titleBefore(tokens, m.span());
            title.addAll(titleInAppositionAfter(tokens, m.span()));
            if (!title.isEmpty()) {
                titled.add(new Titled(m, title));
            }
        }
        return new TitledPeople(tokens, titled);
    }

    /** The one person named before {@code description} with all its title words, when it is a title description. */
    Optional<Antecedent> describedBy(TextSpan description) {
        List<String> words = descriptionTitle(description);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        List<Antecedent> fitting = new ArrayList<>();
        for (Titled t : titled) {
            boolean before = t.person().span().end() <= description.start();
            if (before && t.title().containsAll(words)
                    && fitting.stream().noneMatch(f -> PronounResolver.samePerson(f, t.person()))) {
                fitting.add(t.person());
            }
        }
        return fitting.size() == 1 ? Optional.of(fitting.get(0)) : Optional.empty();
    }

    /**
     * The title words of a description ("the prime minister": prime, minister), or none when it is not one:
     * after a determiner, only title words and modifiers naming a place or nationality, ending in a title word.
     */
    private List<String> descriptionTitle(TextSpan description) {
        List<CoreLabel> words = within(description);
        if (words.size() < 2 || !"DT".equals(words.get(0).tag()) || !isTitle(words.get(words.size() - 1))) {
            return List.of();
        }
        List<String> title = new ArrayList<>();
        for (CoreLabel w : words.subList(1, words.size())) {
            if (isTitle(w)) {
                title.add(lower(w));
            } else if (!isPlaceModifier(w)) {
                return List.of();
            }
        }
        return title;
    }

    private List<CoreLabel> within(TextSpan span) {
        List<CoreLabel> out = new ArrayList<>();
        for (CoreLabel t : tokens) {
            if (t.beginPosition() >= span.start() && t.endPosition() <= span.end()) {
                out.add(t);
            }
        }
        return out;
    }

    /** "Prime Minister [Edi Rama]": the title tokens right before the name. */
    private static List<String> titleBefore(List<CoreLabel> tokens, TextSpan name) {
        int first = firstTokenAt(tokens, name.start());
        List<String> title = new ArrayList<>();
        for (int i = first - 1; i >= 0 && isTitle(tokens.get(i)); i--) {
            title.add(0, lower(tokens.get(i)));
        }
        return title;
    }

    /** "[Edi Rama], the prime minister,": title tokens after a comma and a determiner. */
    private static List<String> titleInAppositionAfter(List<CoreLabel> tokens, TextSpan name) {
        int i = firstTokenAt(tokens, name.end());
        List<String> title = new ArrayList<>();
        if (i < 0 || i + 2 >= tokens.size() || !",".equals(tokens.get(i).word()) || !"DT".equals(tokens.get(i + 1).tag())) {
            return title;
        }
        for (int j = i + 2; j < tokens.size() && (isTitle(tokens.get(j)) || isPlaceModifier(tokens.get(j))); j++) {
            if (isTitle(tokens.get(j))) {
                title.add(lower(tokens.get(j)));
            }
        }
        return title;
    }

    /** The index of the first token starting at or after {@code offset}, or -1. */
    private static int firstTokenAt(List<CoreLabel> tokens, int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).beginPosition() >= offset) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isTitle(CoreLabel token) {
        return TITLE.equals(token.ner());
    }

    private static boolean isPlaceModifier(CoreLabel token) {
        String ner = token.ner() == null ? "" : token.ner();
        return ner.equals("NATIONALITY") || ner.equals("COUNTRY") || ner.equals("STATE_OR_PROVINCE")
                || ner.equals("CITY") || ner.equals("LOCATION");
    }

    private static String lower(CoreLabel token) {
        return token.word().toLowerCase(Locale.ROOT);
    }
}
