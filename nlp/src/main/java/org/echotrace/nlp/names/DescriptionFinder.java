package org.echotrace.nlp.names;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.echotrace.domain.Document;
import org.echotrace.domain.Mention;
import org.echotrace.language.Description;

/**
 * Definite descriptions that may stand for a named entity: "the group", "the dissident group",
 * "this camp". Only heads that name a kind of entity (see {@code type-nouns.tsv}) count, and only
 * when nothing follows that ties the noun to something else ("the government of Y").
 */
public final class DescriptionFinder {

    private static final Set<String> DEFINITE = Set.of("the", "this", "that");

    public List<Description> find(Document document, Annotation parse) {
        List<Description> found = new ArrayList<>();
        for (CoreMap sentence : parse.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            for (int head = 0; head < tokens.size(); head++) {
                if (isHead(tokens, head)) {
                    describe(document, tokens, head).ifPresent(found::add);
                }
            }
        }
        return found;
    }

    private static boolean isHead(List<CoreLabel> tokens, int i) {
        CoreLabel token = tokens.get(i);
        boolean singularCommonNoun = "NN".equals(token.tag());
        boolean endsCompound = i + 1 == tokens.size() || !tokens.get(i + 1).tag().startsWith("NN");
        boolean tiedToSomethingElse = i + 1 < tokens.size() && tokens.get(i + 1).word().equals("of");
        return singularCommonNoun && endsCompound && !tiedToSomethingElse
                && TypeNouns.describesEntity(token.lemma());
    }

    private static java.util.Optional<Description> describe(Document document, List<CoreLabel> tokens, int head) {
        List<String> modifiers = new ArrayList<>();
        int k = head - 1;
        while (k >= 0 && isModifier(tokens.get(k))) {
            modifiers.add(0, tokens.get(k).word());
            k--;
        }
        if (k < 0 || !DEFINITE.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
            return java.util.Optional.empty();
        }
        int from = tokens.get(k).beginPosition();
        int to = tokens.get(head).endPosition();
        Mention mention = new Mention(document.id(), from, to, document.text().substring(from, to));
        String lemma = tokens.get(head).lemma().toLowerCase(Locale.ROOT);
        return TypeNouns.typeOf(lemma).map(type -> new Description(mention, lemma, type, modifiers));
    }

    /** Adjectives and common nouns; a proper noun in between makes it a name, not a description. */
    private static boolean isModifier(CoreLabel token) {
        String tag = token.tag();
        boolean commonNoun = tag.startsWith("NN") && !tag.startsWith("NNP");
        return tag.startsWith("JJ") || commonNoun || tag.equals("VBN") || tag.equals("HYPH");
    }
}
