package org.echotrace.nlp.attribution;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.echotrace.domain.SourceKind;

/**
 * What kind of source a phrase names: a news outlet (by the words outlets are named with), a named person or
 * organisation (by CoreNLP's NER), an organisation by its common noun ("the ministry"), and otherwise, for a
 * phrase naming nobody ("an informed source", "officials", "sources"), anonymous.
 */
final class SourceKindClassifier {

    /** Words news outlets are named and referred to with. */
    static final Set<String> MEDIA_WORDS = Set.of("agency", "news", "times", "post", "tv", "television", "press",
            "newspaper", "paper", "radio", "journal", "daily", "herald", "tribune", "gazette", "telegraph",
            "channel", "network", "broadcaster", "broadcasting", "magazine", "media", "outlet", "website",
            "wire", "newswire", "weekly", "reporter", "correspondent", "journalist", "columnist", "editor");

    /**
     * Common nouns that stand for an organisation rather than for unnamed people ("authorities", like
     * "officials", names no one body: anonymous).
     */
    static final Set<String> ORGANIZATION_NOUNS = Set.of("ministry", "government", "group", "organization",
            "organisation", "party", "office", "department", "council", "committee", "commission", "company",
            "campaign", "administration", "embassy", "army", "military", "police", "court", "union", "movement",
            "authority", "parliament", "cabinet", "foundation", "institute", "association",
            "firm", "bank", "board", "agency", "center", "centre", "coalition", "alliance", "network");

    private SourceKindClassifier() {
    }

    /**
     * @param tokens the phrase's tokens
     * @param head   its head token
     */
    static SourceKind classify(List<CoreLabel> tokens, CoreLabel head) {
        boolean namedOrganization = tokens.stream().anyMatch(t -> "ORGANIZATION".equals(t.ner()));
        if (namesMedia(tokens, head)) {
            return SourceKind.MEDIA;
        }
        // the head word outranks NER, which takes "the Ministry of the Interior" for a person at times
        if (ORGANIZATION_NOUNS.contains(lower(head))) {
            return SourceKind.ORGANIZATION;
        }
        if ("PERSON".equals(head.ner()) || endsWithPersonName(tokens) || isFirstAndLastName(tokens, head)) {
            return SourceKind.PERSON;
        }
        if (namedOrganization) {
            return SourceKind.ORGANIZATION;
        }
        if ("TITLE".equals(head.ner())) {
            return SourceKind.ANONYMOUS; // "the Alaska Governor": a person described, not named, and no body
        }
        if (head.tag().startsWith("NNP")) {
            return tokens.stream().anyMatch(t -> "PERSON".equals(t.ner())) || isBareSurname(tokens, head)
                    ? SourceKind.PERSON : SourceKind.ORGANIZATION;
        }
        return SourceKind.ANONYMOUS;
    }

    /**
     * An outlet by its head word ("the agency", "The New York Post", "state television") or a name with a
     * media word before it ("German network Name"); not "the press secretary", whose head is a person.
     */
    private static boolean namesMedia(List<CoreLabel> tokens, CoreLabel head) {
        if (MEDIA_WORDS.contains(lower(head))) {
            return true;
        }
        if (!head.tag().startsWith("NNP")) {
            return false;
        }
        int at = tokens.indexOf(head);
        for (int i = at - 1; i >= 0 && tokens.get(i).tag().matches("NN.*|JJ"); i--) {
            if (MEDIA_WORDS.contains(lower(tokens.get(i)))) {
                return true;
            }
        }
        return false;
    }

    /** "Danny Gold of Metropolis": a capitalised head after a first name of the list is a person's surname. */
    private static boolean isFirstAndLastName(List<CoreLabel> tokens, CoreLabel head) {
        int at = tokens.indexOf(head);
        return at >= 1 && head.tag().startsWith("NNP") && tokens.get(at - 1).tag().startsWith("NNP")
                && (head.ner() == null || "O".equals(head.ner()) || "PERSON".equals(head.ner()))
                && NameGenders.isFirstName(tokens.get(at - 1).word());
    }

    /**
     * One capitalised word NER did not type, as a speaker ("Rockwell said"): most such speakers are people named
     * by their surname; an acronym ("NATO") is not.
     */
    private static boolean isBareSurname(List<CoreLabel> tokens, CoreLabel head) {
        String word = head.word();
        return tokens.stream().filter(t -> !"DT".equals(t.tag())).count() == 1
                && (head.ner() == null || "O".equals(head.ner()))
                && !word.equals(word.toUpperCase(Locale.ROOT));
    }

    /** "Council for Human Rights secretary Kazem Gharibabadi": a title ending in a person's name. */
    private static boolean endsWithPersonName(List<CoreLabel> tokens) {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            CoreLabel token = tokens.get(i);
            if (token.tag().startsWith("NNP")) {
                return "PERSON".equals(token.ner());
            }
            if (!TokenSpans.isPunctuation(token)) {
                return false;
            }
        }
        return false;
    }

    /** A phrase whose head names or calls an outlet ("the agency", "German network Name"), not "an interview". */
    static boolean namesOutlet(List<CoreLabel> tokens, CoreLabel head) {
        return classify(tokens, head) == SourceKind.MEDIA;
    }

    private static String lower(CoreLabel token) {
        return token.word().toLowerCase(Locale.ROOT);
    }
}
