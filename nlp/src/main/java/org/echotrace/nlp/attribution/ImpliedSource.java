package org.echotrace.nlp.attribution;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import java.util.Set;
import org.echotrace.nlp.parse.ParsedSentence;

/**
 * Who speaks through a cue that has no subject of its own, where the grammar still names them: the subject a
 * participle describes ("[a group] [backing] Bush raised ...", "with [polls] [showing] ..."; PolNeAR's source is
 * the noun), the subject of the clause a participle hangs on where the parse left it unattached ("[Trump] went
 * after Bush, [calling] him ..."), and whoever controls an infinitive ("a strong win that led [her] [to declare]
 * ...", "[Trump] is expected [to say] ...": the governing verb's object, else its subject), and the subject of the
 * clause whose object the parser took a gerund to modify ("[Gary Hart] won campaigns by [denouncing] the New
 * Deal", the shape {@link SemgrexRules#GERUND_AS_MODIFIER}). A participle
 * describing any other noun (an object: "released [an ad] calling him ...") is left without a source: over the
 * seen PolNeAR train articles such nouns were the source less often than not, as were the subjects of the verbs
 * that subject-less conjuncts hang on ("he smiled and [decided] ...", where the parse often hangs the conjunct
 * on the wrong verb).
 */
final class ImpliedSource {

    private ImpliedSource() {
    }

    /**
     * The word heading the implied source of a subject-less cue read with the named shape ({@link SemgrexRules}), or
     * null where the grammar names none.
     */
    static IndexedWord of(ParsedSentence sentence, IndexedWord cue, String shape) {
        String tag = sentence.token(cue).tag();
        String relation = sentence.relation(cue);
        IndexedWord governor = sentence.parent(cue);
        if (governor == null) {
            return null;
        }
        if (tag.equals("VBG") && relation.equals("acl")) {
            return governor.index() < cue.index() && standsForSubject(sentence, governor) ? governor : null;
        }
        if (tag.equals("VBG") && (relation.equals("dep") || relation.equals("advcl"))) {
            return firstBefore(sentence.children(governor, "nsubj"), cue);
        }
        if (tag.startsWith("VB") && isCoordinated(sentence, cue, relation) && CueActs.bundled().of(sentence.token(governor)) != null) {
            return firstBefore(sentence.children(governor, "nsubj"), cue);
        }
        if (relation.equals("amod") && SemgrexRules.GERUND_AS_MODIFIER.equals(shape)) {
            return subjectAbove(sentence, governor, cue);
        }
        if (tag.equals("VB") && relation.equals("xcomp")) {
            List<IndexedWord> controller = sentence.children(governor, "obj");
            if (controller.isEmpty()) {
                controller = sentence.children(governor, "nsubj");
            }
            return firstBefore(controller, cue);
        }
        return null;
    }

    /**
     * A verb joined by "and" or "but" to the cue verb before it ("did tell police ..., and later [confessed] ..."):
     * a conjunct, or what the parser took for the first verb's complement though it opens with the conjunction.
     * Only there does the subject of the verb before carry over: a conjunct of any other verb too often hangs on
     * the wrong one.
     */
    private static boolean isCoordinated(ParsedSentence sentence, IndexedWord cue, String relation) {
        return (relation.equals("conj") || relation.equals("ccomp") || relation.equals("dep"))
                && sentence.children(cue, "cc").stream().anyMatch(cc -> cc.index() < cue.index());
    }

    /** Relations by which the object of a misread gerund hangs in the clause whose subject speaks. */
    private static final Set<String> CLAUSE_PARTS = Set.of("obj", "obl", "xcomp", "advcl", "dep", "conj");

    /**
     * The subject of the clause that a misread gerund's object stands in ("[Boxer] attacked Fiorina by reminding
     * voters", "[Gary Hart] started winning campaigns by denouncing the New Deal"), climbing through verbs that
     * have none of their own; null where there is none before the cue.
     */
    private static IndexedWord subjectAbove(ParsedSentence sentence, IndexedWord object, IndexedWord cue) {
        IndexedWord node = object;
        for (int depth = 0; depth < 4 && CLAUSE_PARTS.contains(sentence.relation(node)); depth++) {
            IndexedWord parent = sentence.parent(node);
            if (parent == null) {
                return null;
            }
            IndexedWord subject = firstBefore(sentence.children(parent, "nsubj"), cue);
            if (subject != null || !sentence.children(parent, "nsubj").isEmpty()) {
                return subject;
            }
            node = parent;
        }
        return null;
    }

    private static IndexedWord firstBefore(List<IndexedWord> words, IndexedWord cue) {
        return words.isEmpty() || words.get(0).index() > cue.index() ? null : words.get(0);
    }

    /** A subject, or the noun of an absolute "with ... -ing" phrase, which stands for a clause's subject. */
    private static boolean standsForSubject(ParsedSentence sentence, IndexedWord noun) {
        return sentence.relation(noun).startsWith("nsubj") || sentence.children(noun, "case").stream()
                .anyMatch(c -> sentence.token(c).word().equalsIgnoreCase("with"));
    }
}
