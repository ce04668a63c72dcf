package org.echotrace.nlp.attribution;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.echotrace.domain.Attribution;
import org.echotrace.domain.AttributionSource;
import org.echotrace.domain.Document;
import org.echotrace.domain.SourceKind;
import org.echotrace.domain.SpeechAct;
import org.echotrace.domain.TextSpan;
import org.echotrace.nlp.parse.ParsedSentence;

/**
 * Who is said to have said what in one parsed document: attribution shapes ({@link SemgrexRules}) over cue
 * words ({@link CueModel}, learnt from PolNeAR train), spans cut from the dependency tree ({@link AttributionSpans}), pronoun
 * sources resolved to earlier mentions, and the outlet a source spoke through ({@link Outlets}).
 */
public final class AttributionFinder {

    private final CueLexicon lexicon;
    /** Which words are cues; null to take the lexicon's verbs (the finder before the model, for comparison). */
    private final CueModel cues;
    private final CueActs acts = CueActs.bundled();
    /** What becomes of each attribution the rules read, before it is fitted to quotations ({@link SpanModel}). */
    private final Refiner refiner;

    /**
     * A second look at one attribution the rules read off a sentence: the span model's choice of its source, or
     * (while learning that model) a record of the options the rules left.
     */
    @FunctionalInterface
    interface Refiner {
        Candidate refine(String text, List<TextSpan> quotes, ParsedSentence sentence, Candidate candidate);

        /** The rules' reading as it is. */
        Refiner NONE = (text, quotes, sentence, candidate) -> candidate;
    }

    public AttributionFinder() {
        this(CueLexicon.bundled(), CueModel.bundled());
    }

    AttributionFinder(CueLexicon lexicon, CueModel cues) {
        this(lexicon, cues, SpanModel.bundled()::refine);
    }

    AttributionFinder(CueLexicon lexicon, CueModel cues, Refiner refiner) {
        this.lexicon = lexicon;
        this.cues = cues;
        this.refiner = refiner;
    }

    public List<Attribution> find(Document document, Annotation parse) {
        String text = document.text();
        List<Antecedent> mentions = new ArrayList<>(NamedMentions.of(parse));
        List<Candidate> fitted = candidates(text, parse);
        Pronouns pronouns = new Pronouns(sentenceStarts(parse), sentenceEnds(parse), QuoteFinder.find(text));
        TitledPeople titled = TitledPeople.of(parse, mentions);
        List<Attribution> attributions = new ArrayList<>();
        for (Candidate c : fitted) {
            Optional<SpeechAct> act = actOf(c, parse);
            if (act.isEmpty()) {
                continue; // "banned", "sided with", "seems": the cue model's word, but no one says or holds anything
            }
            if (isListenerOnly(c)) {
                continue; // "told the New York Times": who heard it, and nothing of what was said
            }
            if (act.get() == SpeechAct.ATTITUDE && c.source() != null && isYou(c.source())) {
                continue; // "you realize", "you would love": anyone's mind, no one's to check ("as you pointed out" stays)
            }
            AttributionSource source = sourceOf(c, mentions, pronouns, titled);
            if (source != null && source.refersTo() == null) {
                TextSpan span = source.span();
                markSpeakers(mentions, span, text);
                mentions.add(new Antecedent(span, source.kind(), c.pluralSource(), NamedMentions.genderOf(span, mentions), true));
            }
            attributions.add(new Attribution(document.id(), source, c.cue(), c.content(), c.direct(),
                    Outlets.spokenThrough(c, fitted, mentions), act.get()));
        }
        return List.copyOf(attributions);
    }

    private static boolean isListenerOnly(Candidate c) {
        return c.listener() != null && c.content() != null && c.listener().start() <= c.content().start()
                && c.content().end() <= c.listener().end();
    }

    private static boolean isYou(TextSpan source) {
        return source.text().strip().equalsIgnoreCase("you");
    }

    /**
     * A quotation is speech whatever its cue ("“We stay,” he smiled"), and so is a headline's or transcript's
     * "Name: words" ("Rubio: I Still Believe ...", "TAPPER: Do you think ..."); otherwise the cue's words tell.
     */
    private Optional<SpeechAct> actOf(Candidate candidate, Annotation parse) {
        Optional<SpeechAct> act = acts.of(parse, candidate.cue(), candidate.content());
        boolean quoting = candidate.direct() || HeadlineSpeaker.SHAPE.equals(candidate.shape());
        return act.isEmpty() && quoting ? Optional.of(SpeechAct.SPEECH) : act;
    }

    /** The attributions of a text as read sentence by sentence, fitted to its quotations, in text order. */
    List<Candidate> candidates(String text, Annotation parse) {
        List<CoreMap> sentences = parse.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null) {
            return new ArrayList<>();
        }
        List<Candidate> candidates = new ArrayList<>();
        List<TextSpan> quotes = QuoteFinder.find(text);
        for (CoreMap s : sentences) {
            ParsedSentence sentence = ParsedSentence.of(s);
            if (!sentence.parsed()) {
                continue;
            }
            int first = candidates.size();
            Set<Integer> cuesTaken = new HashSet<>();
            Map<Integer, Double> probabilities = new HashMap<>();
            SemgrexRules.CueJudge judge = cues == null ? (node, shape) -> SemgrexRules.isLexiconCue(sentence, node, lexicon)
                    : (node, shape) -> cues.isCue(probabilities.computeIfAbsent(node.index(),
                            index -> cues.probability(sentence, index)), shape);
            for (List<SemgrexRules.Match> matches : SemgrexRules.matches(sentence, judge).values()) {
                for (SemgrexRules.Match match : matches) {
                    Optional<Candidate> found = AttributionSpans.of(text, quotes, sentence, match, lexicon);
                    if (found.isPresent()) {
                        candidates.add(found.get());
                        cuesTaken.add(match.cue().index());
                        break;
                    }
                }
            }
            // what precedes ", the agency reported." is read more reliably off the words than off the parse
            Optional<Candidate> trailing = TrailingSpeaker.find(text, sentence, lexicon, Set.of());
            trailing.ifPresent(t -> replaceContent(candidates, t));
            HeadlineSpeaker.find(text, sentence).ifPresent(found -> candidates.add(found));
            // "''...,'' said Jane Doe, ..." where the parse made the name the subject of a later verb: it replaces a
            // reading of the same cue that found no source
            InvertedQuoteSpeaker.find(text, quotes, sentence, lexicon).ifPresent(found -> {
                boolean sourced = candidates.stream().anyMatch(c -> c.cue().start() == found.cue().start() && c.source() != null);
                if (!sourced) {
                    candidates.removeIf(c -> c.cue().start() == found.cue().start());
                    candidates.add(found);
                }
            });
            for (int i = first; i < candidates.size(); i++) {
                candidates.set(i, refiner.refine(text, quotes, sentence, candidates.get(i)));
            }
        }
        List<Candidate> fitted = fitToQuotations(text, quotes, candidates);
        fitted.sort(Comparator.comparingInt(c -> c.cue().start()));
        return fitted;
    }

    /**
     * The parsed attribution of the same cue takes the trailing speaker's content, or is replaced by it where it
     * was read by a fallback shape, which reads the parse less surely than the trailing speaker reads the words;
     * or the speaker is added.
     */
    private static void replaceContent(List<Candidate> candidates, Candidate trailing) {
        for (int i = 0; i < candidates.size(); i++) {
            Candidate parsed = candidates.get(i);
            if (parsed.cue().start() == trailing.cue().start()) {
                candidates.set(i, SemgrexRules.isFallback(parsed.shape()) ? trailing : parsed.withContent(trailing.content()));
                return;
            }
        }
        candidates.add(trailing);
    }

    /**
     * Drops attributions told inside a quotation (a speaker quoting someone else is the quoted one's
     * business, and "I said" in a quote is no new source), and fits contents to the quotations they touch.
     */
    private static List<Candidate> fitToQuotations(String text, List<TextSpan> quotes, List<Candidate> candidates) {
        List<Candidate> fitted = new ArrayList<>();
        for (Candidate c : candidates) {
            if (QuoteFinder.enclosing(quotes, c.cue()) == null) {
                fitted.add(c.withContent(ContentQuotes.fit(text, c.content(), quotes)));
            }
        }
        return fitted;
    }

    /**
     * The person named in a source phrase spoke ("council secretary Jane Doe said"): the first name in it that is
     * no possessor ("Abed Sultan's father, Samir, said": Samir).
     */
    private static void markSpeakers(List<Antecedent> mentions, TextSpan source, String text) {
        for (int i = 0; i < mentions.size(); i++) {
            Antecedent m = mentions.get(i);
            boolean inside = m.span().start() >= source.start() && m.span().end() <= source.end();
            if (inside && m.kind() == SourceKind.PERSON && !m.speaker() && !isPossessor(text, m.span())) {
                mentions.set(i, new Antecedent(m.span(), m.kind(), m.plural(), m.gender(), true));
                return;
            }
        }
    }

    /** "Sultan's", also as tokenised text writes it ("Singh ’ s"). */
    static boolean isPossessor(String text, TextSpan name) {
        String after = text.substring(name.end(), Math.min(text.length(), name.end() + 4)).replace(" ", "");
        return after.startsWith("'s") || after.startsWith("’s");
    }

    /** Where a document's sentences start, and its quotations: what pronoun resolution reads besides mentions. */
    private record Pronouns(List<Integer> sentenceStarts, List<Integer> sentenceEnds, List<TextSpan> quotations) {

        /**
         * The start of the sentence before the one holding the position (the first sentence's start in it), or of
         * the sentence before a quotation that runs up to it: who speaks at the end of a quotation of several
         * sentences was named before it began ("... an interview with Smith. “If I had to pick someone, it would
         * be Capaldi. I think he's great,” he says").
         */
        int reachStart(int position) {
            if (sentenceStarts.isEmpty()) {
                return 0;
            }
            int holding = 0;
            for (int i = 0; i < sentenceStarts.size() && sentenceStarts.get(i) <= position; i++) {
                holding = i;
            }
            int previous = Math.max(0, holding - 1);
            while (previous > 0 && isQuotedWhole(previous)) {
                previous--;
            }
            return sentenceStarts.get(previous);
        }

        /** A sentence inside one quotation, its speaker not told in it ("“..., ” Salazar said." is not). */
        private boolean isQuotedWhole(int sentence) {
            int start = sentenceStarts.get(sentence);
            int end = sentenceEnds.get(sentence);
            return quotations.stream().anyMatch(q -> q.start() <= start && end - 1 <= q.end());
        }
    }

    private static List<Integer> sentenceStarts(Annotation parse) {
        return sentenceOffsets(parse, CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    }

    private static List<Integer> sentenceEnds(Annotation parse) {
        return sentenceOffsets(parse, CoreAnnotations.CharacterOffsetEndAnnotation.class);
    }

    private static List<Integer> sentenceOffsets(Annotation parse,
                                                 Class<? extends edu.stanford.nlp.util.TypesafeMap.Key<Integer>> key) {
        List<CoreMap> sentences = parse.get(CoreAnnotations.SentencesAnnotation.class);
        return sentences == null ? List.of() : sentences.stream().map(s -> s.get(key)).toList();
    }

    /** Pronouns that always stand for one person. */
    private static final Set<String> PERSONAL = Set.of("he", "she", "i", "him", "her", "me");

    private static AttributionSource sourceOf(Candidate c, List<Antecedent> mentions, Pronouns pronouns,
                                              TitledPeople titled) {
        if (c.source() == null) {
            return null;
        }
        TextSpan span = c.source();
        SourceKind kind = c.sourceKind();
        TextSpan refersTo = c.antecedent();
        if (refersTo == null && PronounResolver.isPronoun(span.text())) {
            Antecedent antecedent = PronounResolver.resolve(span.text(), span.start(), pronouns.reachStart(span.start()),
                    mentions, pronouns.quotations()).orElse(null);
            refersTo = antecedent == null ? null : antecedent.span();
            kind = antecedent == null ? kind : antecedent.kind();
        }
        if (refersTo == null && !PronounResolver.isPronoun(span.text())) {
            // "the prime minister said" where the article named "Prime Minister Edi Rama" and no other
            Optional<Antecedent> named = titled.describedBy(span);
            refersTo = named.map(Antecedent::span).orElse(null);
            kind = named.isPresent() ? SourceKind.PERSON : kind;
        }
        if (refersTo == null && PERSONAL.contains(span.text().strip().toLowerCase(java.util.Locale.ROOT))) {
            kind = SourceKind.PERSON; // "he", "I": a person, if one the text leaves unnamed here
        }
        return new AttributionSource(span.text(), span.start(), span.end(), kind, null, refersTo);
    }

    /** Mentions of named people and organisations that CoreNLP's NER found, as pronoun antecedents. */
    static final class NamedMentions {
        private NamedMentions() {
        }

        static List<Antecedent> of(Annotation parse) {
            List<CoreMap> found = parse.get(CoreAnnotations.MentionsAnnotation.class);
            List<CoreLabel> all = parse.get(CoreAnnotations.TokensAnnotation.class);
            List<Antecedent> mentions = new ArrayList<>();
            String text = parse.get(CoreAnnotations.TextAnnotation.class);
            for (CoreMap m : found == null ? List.<CoreMap>of() : found) {
                String tag = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
                List<CoreLabel> tokens = m.get(CoreAnnotations.TokensAnnotation.class);
                if (tokens == null || tokens.isEmpty() || !("PERSON".equals(tag) || "ORGANIZATION".equals(tag))) {
                    continue;
                }
                SourceKind kind = SourceKindClassifier.classify(tokens, tokens.get(tokens.size() - 1));
                TextSpan span = TextSpan.of(text, tokens.get(0).beginPosition(), tokens.get(tokens.size() - 1).endPosition());
                Integer first = m.get(CoreAnnotations.TokenBeginAnnotation.class);
                CoreLabel previous = first == null || first == 0 || all == null ? null : all.get(first - 1);
                Antecedent.Gender gender = kind == SourceKind.PERSON ? NameGenders.of(tokens, previous) : Antecedent.Gender.UNKNOWN;
                mentions.add(new Antecedent(span, kind, false, gender == Antecedent.Gender.UNKNOWN
                        ? genderOf(span, mentions) : gender, false));
            }
            return mentions;
        }

        /** "Rubio" after "Marco Rubio": a name with no gender of its own takes that of the same person named before. */
        static Antecedent.Gender genderOf(TextSpan name, List<Antecedent> earlier) {
            Antecedent probe = new Antecedent(name, SourceKind.PERSON, false);
            return earlier.stream().filter(m -> m.gender() != Antecedent.Gender.UNKNOWN && PronounResolver.samePerson(m, probe))
                    .map(Antecedent::gender).reduce((a, b) -> b).orElse(Antecedent.Gender.UNKNOWN);
        }
    }
}
