package org.echotrace.nlp.names;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.echotrace.domain.Document;
import org.echotrace.domain.EntityType;
import org.echotrace.domain.Mention;
import org.echotrace.language.NameMention;

/**
 * Named people, organisations and places in one parsed document. Starts from the tagger's runs of
 * same-typed tokens and corrects them with what is written next to them: a type noun fixes the type
 * ("X camp" is a place, "X news agency" an organisation), a bare small number continues a name
 * ("X 3"), and an untagged capitalised word before a place noun is a name the tagger missed ("X-3 camp").
 */
public final class NameFinder {

    private static final Pattern SMALL_NUMBER = Pattern.compile("\\d{1,2}");
    private static final Pattern NAME_SHAPE = Pattern.compile("\\p{Lu}[\\p{L}'’]*(-[\\p{L}\\d]+)*");
    /** How many common nouns after a name are read for its head ("X news agency"). */
    private static final int HEAD_WINDOW = 3;

    public List<NameMention> find(Document document, Annotation parse) {
        List<NameMention> found = new ArrayList<>();
        for (CoreMap sentence : parse.get(CoreAnnotations.SentencesAnnotation.class)) {
            findInSentence(document, sentence.get(CoreAnnotations.TokensAnnotation.class), found);
        }
        return found;
    }

    private void findInSentence(Document document, List<CoreLabel> tokens, List<NameMention> found) {
        int next = 0;
        while (next < tokens.size()) {
            final int i = next;
            String tag = tokens.get(i).ner();
            Optional<EntityType> tagged = EntityTypes.of(tag);
            int end;
            if (tagged.isPresent()) {
                end = runEnd(tokens, i, tag);
                end = withNumberSuffix(tokens, end);
                Optional<EntityType> context = contextType(tokens, i, end);
                found.add(mention(document, tokens, i, end, context.orElse(tagged.get()), fineType(tag),
                        context.isPresent()));
            } else if (startsUntaggedName(tokens, i)) {
                end = untaggedNameEnd(tokens, i);
                Optional<EntityType> context = headType(tokens, end).filter(t -> t == EntityType.PLACE);
                if (context.isPresent()) {
                    found.add(mention(document, tokens, i, end, EntityType.PLACE, null, true));
                } else {
                    end = i + 1;
                }
            } else {
                end = i + 1;
            }
            next = end;
        }
    }

    /** Tokens of one type form one name, even where fine types differ ("Camp/LOCATION Liberty/CITY"). */
    private static int runEnd(List<CoreLabel> tokens, int start, String tag) {
        Optional<EntityType> type = EntityTypes.of(tag);
        int end = start + 1;
        while (end < tokens.size() && (tag.equals(tokens.get(end).ner())
                || type.equals(EntityTypes.of(tokens.get(end).ner())) && tokens.get(end).tag().startsWith("NNP"))) {
            end++;
        }
        return end;
    }

    /** "X 3": a name followed by a one- or two-digit number that starts nothing else is one name. */
    private static int withNumberSuffix(List<CoreLabel> tokens, int end) {
        if (end >= tokens.size() || !tokens.get(end - 1).tag().startsWith("NNP")) {
            return end;
        }
        CoreLabel next = tokens.get(end);
        boolean bareNumber = SMALL_NUMBER.matcher(next.word()).matches() && "CD".equals(next.tag());
        boolean countsSomething = end + 1 < tokens.size() && tokens.get(end + 1).tag().startsWith("NNS");
        return bareNumber && !countsSomething ? end + 1 : end;
    }

    /** The type the words in and around a name imply, strongest first. */
    private static Optional<EntityType> contextType(List<CoreLabel> tokens, int start, int end) {
        return ownHeadType(tokens, start, end).or(() -> headType(tokens, end)).or(() -> placeBefore(tokens, start));
    }

    /**
     * The type implied by the noun after the name ("X news agency", "X News Agency"): the last of up to
     * three nouns, when it is a type noun.
     */
    private static Optional<EntityType> headType(List<CoreLabel> tokens, int end) {
        Optional<EntityType> type = Optional.empty();
        for (int k = end; k < tokens.size() && k < end + HEAD_WINDOW && tokens.get(k).tag().startsWith("NN"); k++) {
            // "X regime", "X government" name something else than X; only naming nouns ("X camp") tell X's type.
            String lemma = tokens.get(k).lemma();
            type = TypeNouns.describesEntity(lemma) ? TypeNouns.typeOf(lemma) : Optional.empty();
        }
        return type;
    }

    /** The name's own head word ("... Court", "Ministry of ...") when it is a type noun. */
    private static Optional<EntityType> ownHeadType(List<CoreLabel> tokens, int start, int end) {
        int head = end - 1;
        for (int k = start + 1; k < end; k++) {
            if (tokens.get(k).word().equals("of")) {
                head = k - 1;
                break;
            }
        }
        boolean severalWords = end - start > 1;
        return severalWords ? TypeNouns.typeOf(tokens.get(head).word()) : Optional.empty();
    }

    /** "camp X", "town of X" are places; other nouns before a name say nothing about it. */
    private static Optional<EntityType> placeBefore(List<CoreLabel> tokens, int start) {
        int k = start - 1;
        if (k >= 1 && tokens.get(k).word().equals("of")) {
            k--;
        }
        if (k < 0 || !isCommonNoun(tokens.get(k))) {
            return Optional.empty();
        }
        return TypeNouns.typeOf(tokens.get(k).lemma()).filter(type -> type == EntityType.PLACE);
    }

    private static boolean startsUntaggedName(List<CoreLabel> tokens, int i) {
        CoreLabel token = tokens.get(i);
        boolean sentenceStart = i == 0;
        return "O".equals(token.ner()) && NAME_SHAPE.matcher(token.word()).matches()
                && (!sentenceStart || token.tag().startsWith("NNP"));
    }

    private static int untaggedNameEnd(List<CoreLabel> tokens, int start) {
        int end = start + 1;
        while (end < tokens.size() && "O".equals(tokens.get(end).ner())
                && NAME_SHAPE.matcher(tokens.get(end).word()).matches()) {
            end++;
        }
        return withNumberSuffix(tokens, end);
    }

    private static boolean isCommonNoun(CoreLabel token) {
        return token.tag().startsWith("NN") && !token.tag().startsWith("NNP");
    }

    private static String fineType(String tag) {
        return tag.equals("PERSON") || tag.equals("ORGANIZATION") || tag.equals("LOCATION") ? null : tag;
    }

    private static NameMention mention(Document document, List<CoreLabel> tokens, int start, int end,
                                       EntityType type, String fineType, boolean fromContext) {
        int from = tokens.get(start).beginPosition();
        int to = tokens.get(end - 1).endPosition();
        Mention mention = new Mention(document.id(), from, to, document.text().substring(from, to));
        return new NameMention(mention, type, fineType, fromContext);
    }
}
