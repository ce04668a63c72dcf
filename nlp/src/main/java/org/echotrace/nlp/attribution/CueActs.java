package org.echotrace.nlp.attribution;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.echotrace.domain.SpeechAct;
import org.echotrace.domain.TextSpan;
import org.echotrace.nlp.BundledResources;
import org.echotrace.nlp.parse.ParsedSentence;

/**
 * What act a cue names ({@code cue-acts.tsv}): speech ("said", "according to", "in a statement") or an attitude
 * ("decided", "believes", "hopes"), or none ("banned", "sided with", "seems"), when the cue is no attribution.
 * A cue of several words names speech when any of its words does ("has expressed concern"), else an attitude
 * when any does ("have reportedly decided").
 *
 * <p>Some verbs name speech only with a message: "issued a statement", "posted that ...", but not "issued a
 * patch" or "posted bail" (marked {@code message} in the file: their content must be a clause, a quotation or
 * an utterance noun of the file). Some attitudes are none in the passive: "is known", "was known as"
 * (marked {@code active}).
 */
final class CueActs {

    static final String RESOURCE = "cue-acts.tsv";

    /** Marks of the third column. */
    private static final String NEEDS_MESSAGE = "message";
    private static final String ACTIVE_ONLY = "active";

    private final Map<String, SpeechAct> byLemma;
    private final Set<String> needMessage;
    private final Set<String> activeOnly;

    private CueActs(Map<String, SpeechAct> byLemma, Set<String> needMessage, Set<String> activeOnly) {
        this.byLemma = Map.copyOf(byLemma);
        this.needMessage = Set.copyOf(needMessage);
        this.activeOnly = Set.copyOf(activeOnly);
    }

    static CueActs bundled() {
        return Holder.BUNDLED;
    }

    private static final class Holder {
        static final CueActs BUNDLED = load();
    }

    /** The act of the cue's words in the parse, or empty when none of them names one. */
    Optional<SpeechAct> of(Annotation parse, TextSpan cue) {
        return of(parse, cue, null);
    }

    /**
     * The act of a cue with what it says ({@code content}, null when none was found): as
     * {@link #of(Annotation, TextSpan)}, where a verb that needs a message has one.
     */
    Optional<SpeechAct> of(Annotation parse, TextSpan cue, TextSpan content) {
        List<CoreLabel> tokens = parse.get(CoreAnnotations.TokensAnnotation.class);
        tokens = tokens == null ? List.of() : tokens;
        SpeechAct found = null;
        boolean perfect = false;
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel token = tokens.get(i);
            if (token.endPosition() <= cue.start() || token.beginPosition() >= cue.end()) {
                continue;
            }
            SpeechAct act = of(token);
            if (act == SpeechAct.SPEECH && (!needMessage.contains(keyOf(token)) || isPhrasal(cue, token)
                    || isMessage(tokens, content) || isClause(parse, content))) {
                return Optional.of(act);
            }
            if (act == SpeechAct.ATTITUDE && !(isPassive(token, perfect) && (activeOnly.contains(keyOf(token))
                    || i + 1 < tokens.size() && PASSIVE_PREPOSITIONS.contains(tokens.get(i + 1).word().toLowerCase(Locale.ROOT))))) {
                found = act;
            }
            perfect |= "have".equals(token.lemma());
        }
        return Optional.ofNullable(found);
    }

    /**
     * Whether a content is a message: it holds a verb (a clause: "posted that he would stay"), a predicate or a
     * second phrase right after a noun ("showed Smith ahead", "found him guilty", "called him a liar"), or its
     * head noun, the last noun before any preposition, is an utterance ("issued a statement on Tuesday");
     * "posted $7,500 bail", "has issued a patch [to fix the flaw]", "found flames" and "pronounced dead" are not.
     */
    private boolean isMessage(List<CoreLabel> tokens, TextSpan content) {
        if (content == null) {
            return false;
        }
        CoreLabel head = null;
        boolean afterNoun = false; // the word before was a noun or pronoun
        boolean afterName = false; // ... a name or pronoun
        boolean first = true;
        for (CoreLabel token : tokens) {
            if (token.endPosition() <= content.start() || token.beginPosition() >= content.end()) {
                continue;
            }
            String tag = token.tag() == null ? "" : token.tag();
            if (first && tag.equals("TO")) {
                return false; // "issued a patch [to fix the flaw]": a purpose, not what was said
            }
            first = false;
            if (tag.startsWith("VB") || tag.equals("MD") || afterNoun && (tag.startsWith("JJ") || tag.startsWith("RB")
                    || tag.equals("DT") || tag.equals("PRP$")) || afterName && tag.equals("TO")) {
                return true; // a clause, or a small one: "showed Smith ahead", "called him a liar", "on Congress to act"
            }
            if (head != null && (tag.equals("IN") || tag.equals("TO") || tag.startsWith("W") || tag.equals(","))) {
                break;
            }
            if (tag.startsWith("NN")) {
                head = token;
            }
            afterNoun = tag.startsWith("NN") || tag.equals("PRP");
            afterName = tag.startsWith("NNP") || tag.equals("PRP");
        }
        return head != null && of(head) == SpeechAct.SPEECH;
    }

    /** Relations by which a clause hangs on its cue as what was said. */
    private static final Set<String> CLAUSE_RELATIONS = Set.of("ccomp", "parataxis");

    /**
     * Whether the parse makes a content a clause said by its cue ("the reports show [Conservative Solutions PAC, an
     * outside group ..., made a major change]"), where the words alone stop at the apposition's comma.
     */
    private static boolean isClause(Annotation parse, TextSpan content) {
        List<edu.stanford.nlp.util.CoreMap> sentences = content == null ? null : parse.get(CoreAnnotations.SentencesAnnotation.class);
        for (edu.stanford.nlp.util.CoreMap s : sentences == null ? List.<edu.stanford.nlp.util.CoreMap>of() : sentences) {
            ParsedSentence sentence = ParsedSentence.of(s);
            if (!sentence.parsed() || content.start() < sentence.start() || content.end() > sentence.end()) {
                continue;
            }
            int head = CueModelTrainer.headOf(sentence, content.span());
            var node = head > 0 ? sentence.graph().getNodeByIndexSafe(head) : null;
            return node != null && sentence.token(head).tag().startsWith("VB") && CLAUSE_RELATIONS.contains(sentence.relation(node));
        }
        return false;
    }

    /**
     * A verb cue of several words ("called for", "added to"): its particle or preposition makes it speech. A noun
     * with its preposition is no such phrase ("[issues of] racial justice", "a [post on] the site").
     */
    private static boolean isPhrasal(TextSpan cue, CoreLabel verb) {
        return verb.tag() != null && verb.tag().startsWith("VB") && verb.endPosition() < cue.end();
    }

    private String keyOf(CoreLabel token) {
        String lemma = token.lemma() == null ? token.word() : token.lemma();
        return lemma.toLowerCase(Locale.ROOT);
    }

    /**
     * "is known for", "was aimed at", "backed by": a participle that names how a thing is, not what
     * anyone thinks ("have decided", "is convinced that" still are attitudes).
     */
    private static final Set<String> PASSIVE_PREPOSITIONS = Set.of("for", "at", "by");

    private static boolean isPassive(CoreLabel token, boolean afterHave) {
        return "VBN".equals(token.tag()) && !afterHave;
    }

    /** A word's act by its form, its lemma or its stem as a verb ("remarks", "remark"; "tweeted", "tweet"). */
    SpeechAct of(CoreLabel token) {
        String word = token.word().toLowerCase(Locale.ROOT);
        SpeechAct act = byLemma.get(word);
        if (act == null && token.lemma() != null) {
            act = byLemma.get(token.lemma().toLowerCase(Locale.ROOT));
        }
        return act != null ? act : byLemma.get(CueLexicon.keyOf(word));
    }

    static CueActs load() {
        return BundledResources.read(RESOURCE, CueActs::parse);
    }

    /**
     * Lines {@code lemma<TAB>speech|attitude[<TAB>message|active]}; {@code #} starts a comment; a lemma given two
     * acts is an error.
     */
    static CueActs parse(BufferedReader reader) throws IOException {
        Map<String, SpeechAct> acts = new HashMap<>();
        Set<String> needMessage = new HashSet<>();
        Set<String> activeOnly = new HashSet<>();
        int number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length < 2 || f.length > 3) {
                throw new IllegalStateException(RESOURCE + " line " + number + ": expected lemma<TAB>act[<TAB>mark]");
            }
            String lemma = f[0].strip().toLowerCase(Locale.ROOT);
            SpeechAct act = SpeechAct.valueOf(f[1].strip().toUpperCase(Locale.ROOT));
            SpeechAct before = acts.put(lemma, act);
            if (before != null && before != act) {
                throw new IllegalStateException(RESOURCE + " line " + number + ": " + f[0] + " is both " + before.label()
                        + " and " + act.label());
            }
            if (f.length == 3) {
                mark(f[2].strip(), lemma, number, needMessage, activeOnly);
            }
        }
        return new CueActs(acts, needMessage, activeOnly);
    }

    private static void mark(String mark, String lemma, int line, Set<String> needMessage, Set<String> activeOnly) {
        switch (mark) {
            case NEEDS_MESSAGE -> needMessage.add(lemma);
            case ACTIVE_ONLY -> activeOnly.add(lemma);
            default -> throw new IllegalStateException(RESOURCE + " line " + line + ": unknown mark " + mark
                    + " (expected " + NEEDS_MESSAGE + " or " + ACTIVE_ONLY + ")");
        }
    }
}
