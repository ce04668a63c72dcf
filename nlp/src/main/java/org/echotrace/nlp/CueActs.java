package org.echotrace.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.echotrace.domain.SpeechAct;
import org.echotrace.domain.TextSpan;

/**
 * What act a cue names ({@code cue-acts.tsv}): speech ("said", "according to", "in a statement") or an attitude
 * ("decided", "believes", "hopes"), or none ("banned", "sided with", "seems"), when the cue is no attribution.
 * A cue of several words names speech when any of its words does ("has expressed concern"), else an attitude
 * when any does ("have reportedly decided").
 */
final class CueActs {

    static final String RESOURCE = "cue-acts.tsv";

    private final Map<String, SpeechAct> byLemma;

    private CueActs(Map<String, SpeechAct> byLemma) {
        this.byLemma = Map.copyOf(byLemma);
    }

    static CueActs bundled() {
        return Holder.BUNDLED;
    }

    private static final class Holder {
        static final CueActs BUNDLED = load();
    }

    /** The act of the cue's words in the parse, or empty when none of them names one. */
    Optional<SpeechAct> of(Annotation parse, TextSpan cue) {
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
            if (act == SpeechAct.SPEECH) {
                return Optional.of(act);
            }
            if (act == SpeechAct.ATTITUDE && !(isPassive(token, perfect) && i + 1 < tokens.size()
                    && PASSIVE_PREPOSITIONS.contains(tokens.get(i + 1).word().toLowerCase(Locale.ROOT)))) {
                found = act;
            }
            perfect |= "have".equals(token.lemma());
        }
        return Optional.ofNullable(found);
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

    /** Lines {@code lemma<TAB>speech|attitude}; {@code #} starts a comment; a lemma given two acts is an error. */
    static CueActs parse(BufferedReader reader) throws IOException {
        Map<String, SpeechAct> acts = new HashMap<>();
        int number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 2) {
                throw new IllegalStateException(RESOURCE + " line " + number + ": expected lemma<TAB>act");
            }
            SpeechAct act = SpeechAct.valueOf(f[1].strip().toUpperCase(Locale.ROOT));
            SpeechAct before = acts.put(f[0].strip().toLowerCase(Locale.ROOT), act);
            if (before != null && before != act) {
                throw new IllegalStateException(RESOURCE + " line " + number + ": " + f[0] + " is both " + before.label()
                        + " and " + act.label());
            }
        }
        return new CueActs(acts);
    }
}
