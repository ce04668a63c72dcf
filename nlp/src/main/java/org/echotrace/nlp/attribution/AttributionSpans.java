package org.echotrace.nlp.attribution;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.echotrace.domain.SourceKind;
import org.echotrace.domain.TextSpan;
import org.echotrace.nlp.parse.ParsedSentence;

/**
 * Cuts cue, source and content spans out of a sentence for one matched attribution shape, following the
 * PolNeAR conventions: sources with their determiners and modifiers but without relative clauses; cues with
 * fixed parts ("according to") and particles; contents with their complementiser ("that ...") and without
 * the punctuation that joins them to the cue.
 */
final class AttributionSpans {

    /** Branches of a phrase that say more about what it names; left out where only the name is wanted. */
    private static final Set<String> NAME_SKIPS = Set.of("acl:relcl", "appos", "punct", "parataxis");
    /** Parts of a cue beyond its head word. */
    private static final Set<String> CUE_PARTS = Set.of("fixed", "compound:prt");
    /** Relations of the words before a cue that belong to it. */
    private static final Set<String> CUE_MODIFIERS = Set.of("advmod", "aux", "neg");
    /** Objects that are only ever whom a cue was told ("told [him]", "urged [them]"), never what was said. */
    private static final Set<String> TOLD_PRONOUNS = Set.of("me", "him", "her", "us", "them");
    /** Contents that are objects, whose predicate continues after them ("described the field as good"). */
    private static final Set<String> OBJECT_RELATIONS = Set.of("obj", "iobj", "xcomp");
    /** An outlet's name without what introduces it ("with", "to"). */
    private static final Set<String> LISTENER_SKIPS = Set.of("acl:relcl", "appos", "punct", "parataxis", "case");
    /** Named-entity types of a phrase that tells when. */
    private static final Set<String> TIME_ENTITIES = Set.of("DATE", "TIME", "DURATION", "SET");
    /**
     * How often (share of its train occurrences inside a cue) an object noun must be a cue word for a light verb
     * and that noun to make one cue with the preposition after it ("made [comments] about"); chosen on the
     * cue model's train sample from 0.1 / 0.2 / 0.3, which scored within 0.0003 cue F1 of each other.
     */
    private static final double TOPIC_NOUN_SHARE = 0.2;
    /** A cue's branches that are no part of what it attributes ({@link #restOfCue}). */
    private static final Set<String> NOT_CONTENT = Set.of("aux", "aux:pass", "cop", "mark", "cc", "punct", "advmod",
            "compound:prt", "fixed", "conj", "parataxis", "discourse", "case", "det");
    /** Relations under which a cue names whom the source spoke to ("told the agency", "told reporters"). */
    private static final Set<String> LISTENER_RELATIONS = Set.of("obj", "iobj", "obl");

    private AttributionSpans() {
    }

    static Optional<Candidate> of(String text, List<TextSpan> quotes, ParsedSentence sentence,
                                  SemgrexRules.Match match, CueLexicon lexicon) {
        TextSpan cue = cueSpan(text, sentence, match.cue());
        TextSpan content;
        IndexedWord joined = match.rule().shape() == SemgrexRules.ContentShape.PREPOSITIONAL ? match.content()
                : match.rule().shape() == SemgrexRules.ContentShape.REST_OF_CUE ? joinedTopic(sentence, match.cue()) : null;
        IndexedWord joining = joined == null ? null : Prepositions.joining(sentence, match.cue(), joined);
        if (joining != null && cue != null) {
            // "called [for] a ban", "[is accused of] lying": the preposition joins the cue, the content is its object
            cue = TextSpan.of(text, cue.start(), sentence.token(joining).endPosition());
            content = TokenSpans.of(text, sentence, sentence.subtree(joined, List.of(joining), Set.of()));
        } else if (match.rule().shape() == SemgrexRules.ContentShape.PREPOSITIONAL) {
            return Optional.empty();
        } else if (match.rule().shape() == SemgrexRules.ContentShape.ADJACENT_QUOTATION) {
            content = AdjacentQuotation.of(text, quotes, sentence, match).orElse(null);
        } else if (match.rule().shape() == SemgrexRules.ContentShape.REST_OF_CUE) {
            content = restOfCue(text, sentence, match, cue);
        } else if (match.rule().shape() == SemgrexRules.ContentShape.REST_OF_SENTENCE) {
            content = restOfSentence(text, sentence, match);
        } else {
            content = contentSpan(text, quotes, sentence, match, lexicon);
            IndexedWord topic = topicOfObject(sentence, match);
            if (content != null && topic != null) {
                IndexedWord preposition = sentence.children(topic, "case").get(0);
                cue = TextSpan.of(text, cue.start(), sentence.token(preposition).endPosition());
                content = TokenSpans.of(text, sentence, sentence.subtree(topic, List.of(preposition), Set.of()));
            }
        }
        content = content == null ? null : predicateOfFreeRelative(text, sentence, match.cue(), content);
        if (content == null || overlaps(content, cue)) {
            return Optional.empty();
        }
        IndexedWord sourceNode = match.source() != null ? match.source() : participleSubject(sentence, match.cue());
        TextSpan source = null;
        SourceKind kind = null;
        TextSpan antecedent = null;
        if (sourceNode != null) {
            if (!nominal(sentence.token(sourceNode))) {
                return Optional.empty();
            }
            // the whole phrase, appositions and relative clauses included, as annotators mark it
            List<IndexedWord> skipped = new java.util.ArrayList<>(asides(sentence, sourceNode));
            skipped.add(match.cue());
            if (match.rule().shape() == SemgrexRules.ContentShape.REST_OF_SENTENCE) {
                skipped.addAll(clausesUnder(sentence, sourceNode));
            }
            // the preposition that makes a phrase the agent ("by [dozens of papers]") is no part of the source
            skipped.addAll(sentence.children(sourceNode, "case"));
            SortedSet<Integer> indices = sentence.subtree(sourceNode, skipped, Set.of("parataxis"));
            indices.addAll(strayedFromTheCue(sentence, match.cue()));
            indices = TokenSpans.afterDateline(sentence, indices);
            source = TokenSpans.withClosingComma(text, sentence, indices);
            if (source == null || overlaps(source, content) || overlaps(source, cue)
                    || isDirect(source) || QuoteFinder.enclosing(quotes, source) != null) {
                // a quotation is what was said, never who said it: the parser took "“...,” said X" for
                // subject and object, and a later shape reads it the right way round
                return Optional.empty();
            }
            CoreLabel head = sentence.token(sourceNode);
            kind = SourceKindClassifier.classify(tokens(sentence, indices), head);
            IndexedWord antecedentNode = relativeAntecedent(sentence, sourceNode, match.cue());
            if (antecedentNode != null) {
                // "levied by [the European Union], which contended ...": the noun without the preposition it follows
                SortedSet<Integer> phrase = sentence.subtree(antecedentNode, sentence.children(antecedentNode, "case"), NAME_SKIPS);
                antecedent = TokenSpans.of(text, sentence, phrase);
                kind = SourceKindClassifier.classify(tokens(sentence, phrase), sentence.token(antecedentNode));
            }
        }
        IndexedWord listener = listenerOf(sentence, match);
        TextSpan listenerSpan = listener == null ? null
                : TokenSpans.of(text, sentence, sentence.subtree(listener, List.of(), LISTENER_SKIPS));
        boolean listenerNamed = listener != null && tokens(sentence, sentence.subtree(listener, List.of(), NAME_SKIPS))
                .stream().anyMatch(t -> t.tag().startsWith("NNP"));
        return Optional.of(new Candidate(cue, source, kind,
                sourceNode != null && sentence.token(sourceNode).tag().endsWith("S"), antecedent,
                content, isDirect(content), listenerSpan, listenerNamed, match.rule().name()));
    }

    /**
     * An attribution read off the words alone, where the parse failed ({@link TrailingSpeaker}): the cue word,
     * the source phrase and the content as runs of token indices.
     */
    static Optional<Candidate> ofWords(String shape, String text, ParsedSentence sentence, int cueIndex,
                                       SortedSet<Integer> sourceIndices, SortedSet<Integer> contentIndices) {
        IndexedWord cueNode = sentence.graph().getNodeByIndexSafe(cueIndex);
        return cueNode == null ? Optional.empty() : ofWords(shape, text, sentence, cueSpan(text, sentence, cueNode),
                sourceIndices, contentIndices);
    }

    static Optional<Candidate> ofWords(String shape, String text, ParsedSentence sentence, TextSpan cue,
                                       SortedSet<Integer> sourceIndices, SortedSet<Integer> contentIndices) {
        TextSpan source = TokenSpans.of(text, sentence, sourceIndices);
        TextSpan content = TokenSpans.of(text, sentence, contentIndices);
        if (cue == null || source == null || content == null) {
            return Optional.empty();
        }
        List<CoreLabel> phrase = tokens(sentence, sourceIndices);
        CoreLabel head = phrase.stream().filter(t -> nominal(t)).reduce((a, b) -> b).orElse(phrase.get(phrase.size() - 1));
        return Optional.of(new Candidate(cue, source, SourceKindClassifier.classify(phrase, head),
                head.tag().endsWith("S"), null, content, isDirect(content), null, false, shape));
    }

    /**
     * The cue word with its fixed parts ("according to", "pointed out") and the auxiliaries, negation and
     * adverbs right before it ("has also said", "did not deny"): PolNeAR's annotators include those
     * nearly always (train: "has" 791 times in, 8 times out).
     */
    private static TextSpan cueSpan(String text, ParsedSentence sentence, IndexedWord cue) {
        SortedSet<Integer> after = new TreeSet<>();
        SortedSet<Integer> before = new TreeSet<>();
        for (var edge : sentence.graph().outgoingEdgeList(cue)) {
            String relation = edge.getRelation().toString();
            int index = edge.getDependent().index();
            if (CUE_PARTS.contains(relation) && index > cue.index() && isFunctionWord(sentence.token(index))) {
                after.add(index);
            } else if (index < cue.index() && belongsBefore(relation, sentence.token(index))) {
                before.add(index);
            }
        }
        SortedSet<Integer> indices = adjacentTo(before, after, cue.index());
        TextSpan span = TokenSpans.of(text, sentence, indices);
        // "he said: ..." (train: the colon is inside the cue 72 times, outside 5)
        int next = indices.last() + 1;
        if (span != null && next <= sentence.tokens().size() && ":".equals(sentence.token(next).word())
                && sentence.token(next).beginPosition() == span.end()) {
            return TextSpan.of(text, span.start(), sentence.token(next).endPosition());
        }
        return span;
    }

    /**
     * A prepositional branch of the cue whose preposition follows it directly ("focused [on] the economy", "an
     * outspoken supporter [of]", "weighed in [on]"), also a clause the preposition introduces ("was accused [of]
     * attacking a staffer", which the parser hangs on the cue as an adverbial clause).
     */
    private static IndexedWord joinedTopic(ParsedSentence sentence, IndexedWord cue) {
        return sentence.graph().getChildList(cue).stream()
                .filter(child -> sentence.relation(child).startsWith("obl") || sentence.relation(child).startsWith("nmod")
                        || sentence.relation(child).equals("advcl"))
                .filter(object -> Prepositions.joining(sentence, cue, object) != null)
                .findFirst().orElse(null);
    }

    /**
     * The branches of the cue other than its source and its own words (auxiliaries, particles, punctuation,
     * conjunctions and the clauses it is joined to), as one unbroken stretch of text outside the cue.
     */
    private static TextSpan restOfCue(String text, ParsedSentence sentence, SemgrexRules.Match match, TextSpan cue) {
        if (cue == null) {
            return null;
        }
        SortedSet<Integer> indices = new TreeSet<>();
        List<IndexedWord> source = match.source() == null ? List.of() : List.of(match.source());
        boolean noun = sentence.token(match.cue()).tag().startsWith("NN");
        for (var edge : sentence.graph().outgoingEdgeList(match.cue())) {
            IndexedWord child = edge.getDependent();
            if (noun && !isNounMessage(sentence, child, edge.getRelation().toString())) {
                continue; // "minority [reports] at the request of members": where and why, not what a report says
            }
            if (!source.contains(child) && !NOT_CONTENT.contains(edge.getRelation().toString())) {
                indices.addAll(sentence.subtree(child, source, Set.of()));
            }
        }
        indices.removeIf(i -> sentence.token(i).beginPosition() < cue.end() && sentence.token(i).endPosition() > cue.start());
        return TokenSpans.of(text, sentence, indices);
    }

    /**
     * The sentence's words outside the source's phrase ({@link SemgrexRules.ContentShape#REST_OF_SENTENCE}); null where
     * the phrase holds words before its "according to", a parse too broken to read.
     */
    private static TextSpan restOfSentence(String text, ParsedSentence sentence, SemgrexRules.Match match) {
        SortedSet<Integer> phrase = sentence.subtree(match.source(), clausesUnder(sentence, match.source()), Set.of());
        if (phrase.first() != match.cue().index()) {
            return null;
        }
        SortedSet<Integer> rest = new TreeSet<>();
        for (int i = 1; i <= sentence.tokens().size(); i++) {
            if (!phrase.contains(i)) {
                rest.add(i);
            }
        }
        return TokenSpans.of(text, sentence, rest);
    }

    /**
     * The words under a phrase that begin what it says rather than who says it, where the parse hung the sentence on
     * the phrase of "according to": its subject and copula ("[That] ['s] according to reports"), and a clause it
     * holds loosely ("According to exit polls, [nearly half of voters were black]", a {@code dep} with a subject or a
     * verb); a {@code dep} noun stays ("members of the Caucus — [a collection of strategists]").
     */
    private static List<IndexedWord> clausesUnder(ParsedSentence sentence, IndexedWord phrase) {
        List<IndexedWord> clauses = new ArrayList<>();
        for (int i : sentence.subtree(phrase, List.of(), Set.of())) {
            IndexedWord node = sentence.graph().getNodeByIndexSafe(i);
            String relation = node == null || node.equals(phrase) ? "" : sentence.relation(node);
            boolean clause = relation.equals("dep") && (sentence.token(node).tag().startsWith("VB")
                    || sentence.graph().outgoingEdgeList(node).stream().anyMatch(e -> e.getRelation().toString().startsWith("nsubj")));
            if (relation.startsWith("nsubj") || relation.startsWith("csubj") || relation.equals("cop") || clause) {
                clauses.add(node);
            }
        }
        return clauses;
    }

    /**
     * Whether a noun cue's branch can be what it says: not an adjective, nor a phrase of where, when or why
     * ("minority [reports] at the request of members", "[criticism] in the House"); a topical phrase ("criticism [of
     * the plan]"), a clause, a possessor or an agent ("[his] promise", "endorsement [by Le Pen]") stay as the shape
     * reads them (PolNeAR marks the cue of "her decision", whose only branch is the possessor).
     */
    private static boolean isNounMessage(ParsedSentence sentence, IndexedWord child, String relation) {
        if (relation.equals("amod")) {
            return false; // "the [criminal] complaint", "the most highly anticipated announcement": how, not what
        }
        return !relation.startsWith("nmod") || relation.equals("nmod:poss") || Prepositions.introducesTopic(sentence, child)
                || sentence.children(child, "case").stream().anyMatch(p -> sentence.token(p).word().equalsIgnoreCase("by"));
    }

    /**
     * "made [several controversial statements on] X", "offered [an opinion on] X": a light verb (not a cue on its
     * own, by the lexicon) whose object noun often is one, and whose only branch after the noun is a topical
     * prepositional phrase right after it ({@link Prepositions#introducesTopic}). PolNeAR's cue then runs from
     * the verb through the preposition, and the content is what the phrase is about.
     */
    private static IndexedWord topicOfObject(ParsedSentence sentence, SemgrexRules.Match match) {
        IndexedWord object = match.content();
        if (match.rule().shape() != SemgrexRules.ContentShape.SUBTREE || !"obj".equals(sentence.relation(object))
                || !sentence.token(object).tag().startsWith("NN") || sentence.token(object).tag().startsWith("NNP")) {
            return null;
        }
        CueLexicon shares = CueLexicon.bundledShares();
        if (shares.share(sentence.token(match.cue())) >= CueLexicon.MIN_SHARE
                || shares.share(sentence.token(object)) < TOPIC_NOUN_SHARE) {
            return null; // "cited [the case of]", "described [the field of]": the verb is the cue on its own
        }
        IndexedWord topic = null;
        for (var edge : sentence.graph().outgoingEdgeList(object)) {
            IndexedWord child = edge.getDependent();
            if (child.index() < object.index()) {
                continue;
            }
            if (topic != null || !edge.getRelation().toString().startsWith("nmod")
                    || !Prepositions.introducesTopic(sentence, child)
                    || sentence.subtree(child, List.of(), Set.of()).first() != object.index() + 1) {
                return null;
            }
            topic = child;
        }
        return topic == null || sentence.children(topic, "case").size() != 1 ? null : topic;
    }

    /**
     * A word before the cue that is part of it: an auxiliary, negation or adverb ("has not yet said"), the
     * copula of an adjective cue ("[are skeptical of]") and the infinitive marker ("[to portray]"); but not
     * the "when" of "when asked", which annotators leave out.
     */
    private static boolean belongsBefore(String relation, CoreLabel token) {
        if (token.tag().startsWith("W")) {
            return false;
        }
        return CUE_MODIFIERS.stream().anyMatch(relation::startsWith) || relation.equals("cop")
                || relation.equals("mark") && token.tag().equals("TO");
    }

    /** Prepositions and particles: the only words a cue's fixed expression is made of ("according to"). */
    private static boolean isFunctionWord(CoreLabel token) {
        return token.tag().equals("IN") || token.tag().equals("TO") || token.tag().equals("RP");
    }

    /**
     * What a source phrase says of when or while, which annotators leave out of the source: "[federal
     * prosecutors] in April", "[Trump], speaking to a veterans group,"; and an "even" before it.
     */
    private static List<IndexedWord> asides(ParsedSentence sentence, IndexedWord source) {
        List<IndexedWord> asides = new java.util.ArrayList<>();
        for (var edge : sentence.graph().outgoingEdgeList(source)) {
            IndexedWord child = edge.getDependent();
            String relation = edge.getRelation().toString();
            CoreLabel token = sentence.token(child);
            if (child.index() < source.index()) {
                // "even [the most optimistic Democrats]": train's gold sources leave the "even" before them out
                // 46 times and take it in 8
                if (relation.equals("advmod") && token.word().equalsIgnoreCase("even")) {
                    asides.add(child);
                }
                continue;
            }
            boolean participleAside = relation.equals("acl") && token.tag().equals("VBG")
                    && ",".equals(sentence.token(sentence.subtree(child, List.of(), Set.of()).first() - 1).word());
            boolean when = relation.endsWith(":tmod") || relation.startsWith("nmod") && TIME_ENTITIES.contains(token.ner());
            if (participleAside || when) {
                asides.add(child);
            }
        }
        return asides;
    }

    /**
     * "has published [what] it says is evidence of mass graves": where the content is only the wh-word and the cue's
     * clause is the subject of a predicate, what was said is that predicate ("is evidence of mass graves").
     */
    private static TextSpan predicateOfFreeRelative(String text, ParsedSentence sentence, IndexedWord cue, TextSpan content) {
        IndexedWord predicate = sentence.parent(cue);
        boolean whWordOnly = content.text().strip().matches("(?i)what|whom|who|which");
        if (!whWordOnly || predicate == null || !sentence.relation(cue).startsWith("csubj")) {
            return content;
        }
        TextSpan said = TokenSpans.of(text, sentence, sentence.subtree(predicate, List.of(cue), Set.of("punct")));
        return said == null ? content : said;
    }

    /** Relations by which a participle after a comma hangs in the clause whose subject it shares. */
    private static final Set<String> PARTICIPLE_PARENTS = Set.of("acl", "advcl", "xcomp", "conj", "dep", "obj", "obl");

    /**
     * The subject a participle after a comma shares with the clause it closes, where the parser hung the
     * participle on the object (or a clause) or on a verb without a subject of its own: "the government lodged a complaint
     * ..., [arguing] that", "Obama seemed to change his mind, [calling] for sanctions", also through a gerund after a
     * preposition ("the businessman began by talking about the crisis, [saying] that ..."). Null otherwise.
     */
    private static IndexedWord participleSubject(ParsedSentence sentence, IndexedWord cue) {
        CoreLabel token = sentence.token(cue);
        int first = sentence.subtree(cue, List.of(), Set.of()).first();
        if (!"VBG".equals(token.tag()) || first < 2 || !",".equals(sentence.token(first - 1).word())) {
            return null;
        }
        IndexedWord node = cue;
        for (int depth = 0; depth < 4; depth++) {
            IndexedWord parent = sentence.parent(node);
            if (parent == null || !PARTICIPLE_PARENTS.contains(sentence.relation(node))) {
                return null;
            }
            List<IndexedWord> subjects = sentence.children(parent, "nsubj");
            if (!subjects.isEmpty() && subjects.get(0).index() < cue.index()) {
                return subjects.get(0);
            }
            node = parent;
        }
        return null;
    }

    /** Content words the parser fixed to a cue ("according to [show] insiders"): they belong to the source. */
    private static SortedSet<Integer> strayedFromTheCue(ParsedSentence sentence, IndexedWord cue) {
        SortedSet<Integer> stray = new TreeSet<>();
        for (IndexedWord part : sentence.children(cue, "fixed")) {
            if (!isFunctionWord(sentence.token(part))) {
                stray.add(part.index());
            }
        }
        return stray;
    }

    /** {@code center} with the words of {@code before} and {@code after} that join it without a gap. */
    private static SortedSet<Integer> adjacentTo(SortedSet<Integer> before, SortedSet<Integer> after, int center) {
        SortedSet<Integer> run = new TreeSet<>();
        run.add(center);
        for (int i = center - 1; before.contains(i); i--) {
            run.add(i);
        }
        for (int i = center + 1; after.contains(i); i++) {
            run.add(i);
        }
        return run;
    }

    private static TextSpan contentSpan(String text, List<TextSpan> quotes, ParsedSentence sentence, SemgrexRules.Match match,
                                        CueLexicon lexicon) {
        IndexedWord content = match.content();
        // "X reported that ..., Y reported": Y's parenthetical is no part of what X reported
        List<IndexedWord> otherAttributions = sentence.graph().outgoingEdgeList(content).stream()
                .filter(e -> e.getRelation().toString().matches("parataxis|dep"))
                .map(e -> e.getDependent())
                .filter(child -> !child.equals(match.cue()) && isAttribution(sentence, child, lexicon))
                .toList();
        if (match.rule().shape() == SemgrexRules.ContentShape.SUBTREE) {
            // "by [denouncing] the New Deal": a gerund the parser hung on its own object, and the object's preposition
            // before it, are no part of what it says
            List<IndexedWord> left = new ArrayList<>(otherAttributions);
            if (content.equals(sentence.parent(match.cue()))) {
                left.add(match.cue());
                left.addAll(sentence.children(content, "case"));
            }
            SortedSet<Integer> indices = sentence.subtree(content, left, Set.of());
            if (OBJECT_RELATIONS.contains(sentence.relation(content))) {
                if (outletWithin(sentence, content) == content) {
                    return null; // "sources told the agency": the agency is who heard it, not what was said
                }
                IndexedWord stray = strayComplement(sentence, match.cue(), content);
                if (stray != null) {
                    return TokenSpans.of(text, sentence, sentence.subtree(stray, List.of(), Set.of()));
                }
                if (TOLD_PRONOUNS.contains(sentence.token(content).word().toLowerCase(java.util.Locale.ROOT))
                        && match.source() != null) {
                    // "“Just one minute,” he urged [them]": who was told; what was said is the quotation beside them
                    TextSpan quotation = AdjacentQuotation.of(text, quotes, sentence, match, content).orElse(null);
                    if (quotation != null) {
                        return quotation;
                    }
                }
                Predicates.extendWithPredicate(sentence, match.cue(), indices);
            } else {
                Predicates.extendWithStrays(sentence, match.cue(), indices);
            }
            return TokenSpans.of(text, sentence, indices);
        }
        content = clauseOf(sentence, content);
        if (branchTowards(sentence, content, match.cue()) == null) {
            return null;
        }
        // leave out the attribution's own words: the cue with what it governs, or for "according to X"
        // (where the cue hangs under its source) the source phrase
        IndexedWord source = match.source();
        boolean cueUnderSource = source != null && branchTowards(sentence, source, match.cue()) != null;
        IndexedWord branch = cueUnderSource ? source : match.cue();
        List<IndexedWord> skipped = new java.util.ArrayList<>(otherAttributions);
        skipped.add(branch);
        return TokenSpans.of(text, sentence, sentence.subtree(content, skipped, Set.of()));
    }

    /**
     * A "that" clause after the cue's object that the parser did not make the cue's complement, where it is what
     * the cue says and the object who was told: hung on a noun after the cue ("is telling [a packed crowd] ... on the
     * final campaign day [that he has few memories ...]", the clause under "day"; only a clause reached through
     * nouns alone counts, so that a relative clause's own complement stays its own, and none through an object that
     * names what was said: "has expressed [concerns that ...]"), or on the cue as a loose branch that opens with
     * "that" ("Bush tells [reporters] outside a polling location in Greenville [that “to be able to beat
     * expectations would be helpful”]"). Null where there is none.
     */
    private static IndexedWord strayComplement(ParsedSentence sentence, IndexedWord cue, IndexedWord object) {
        int objectEnd = sentence.subtree(object, List.of(), Set.of()).last();
        // "has expressed [concerns that ...]", "issued [a statement that ...]": an object that names an utterance or a
        // belief holds its clause; "told [reporters that ...]", where the parser hung the clause on whom was told, does not
        boolean message = CueActs.bundled().of(sentence.token(object)) != null;
        for (IndexedWord loose : sentence.children(cue, "dep")) {
            SortedSet<Integer> branch = sentence.subtree(loose, List.of(), Set.of());
            if (branch.first() > objectEnd && sentence.token(branch.first()).word().equalsIgnoreCase("that")) {
                return loose;
            }
        }
        for (int index : sentence.subtree(cue, List.of(), Set.of())) {
            IndexedWord node = sentence.graph().getNodeByIndexSafe(index);
            if (node == null || index <= object.index() || sentence.children(node, "mark").stream()
                    .noneMatch(m -> sentence.token(m).word().equalsIgnoreCase("that"))) {
                continue;
            }
            IndexedWord up = sentence.parent(node);
            while (up != null && !up.equals(cue) && !(up.equals(object) && message) && sentence.token(up).tag().startsWith("NN")) {
                up = sentence.parent(up);
            }
            if (cue.equals(up) && !cue.equals(sentence.parent(node))) {
                return node;
            }
        }
        return null;
    }

    /** A cue word with a subject of its own: the head of another attribution. */
    private static boolean isAttribution(ParsedSentence sentence, IndexedWord node, CueLexicon lexicon) {
        return lexicon.isCue(sentence.token(node)) && !sentence.children(node, "nsubj").isEmpty();
    }

    /**
     * The clause a word stands in: the parser may hang "..., a source said" on a noun deep inside what was
     * said ("prompted by [the uncovering] ..., a source told the agency"); what was said is the whole clause.
     */
    private static IndexedWord clauseOf(ParsedSentence sentence, IndexedWord node) {
        IndexedWord current = node;
        while (!isClauseHead(sentence, current) && sentence.parent(current) != null) {
            current = sentence.parent(current);
        }
        return current;
    }

    private static boolean isClauseHead(ParsedSentence sentence, IndexedWord node) {
        return sentence.token(node).tag().startsWith("VB") || !sentence.children(node, "nsubj").isEmpty()
                || !sentence.children(node, "cop").isEmpty();
    }

    /** The child of {@code ancestor} whose branch holds {@code node}. */
    private static IndexedWord branchTowards(ParsedSentence sentence, IndexedWord ancestor, IndexedWord node) {
        IndexedWord current = node;
        while (current != null) {
            IndexedWord parent = sentence.parent(current);
            if (ancestor.equals(parent)) {
                return current;
            }
            current = parent;
        }
        return null;
    }

    /** "the minister, who said ...": the relative pronoun's phrase, without its relative clause. */
    private static IndexedWord relativeAntecedent(ParsedSentence sentence, IndexedWord source, IndexedWord cue) {
        if (!sentence.token(source).tag().startsWith("W") || !"acl:relcl".equals(sentence.relation(cue))) {
            return null;
        }
        return sentence.parent(cue);
    }

    /** An outlet the cue says was spoken to: "told the agency", "said in an interview with the newspaper". */
    private static IndexedWord listenerOf(ParsedSentence sentence, SemgrexRules.Match match) {
        for (var edge : sentence.graph().outgoingEdgeList(match.cue())) {
            IndexedWord child = edge.getDependent();
            if (!LISTENER_RELATIONS.contains(edge.getRelation().toString()) || child.equals(match.content())) {
                continue;
            }
            IndexedWord outlet = outletWithin(sentence, child);
            if (outlet != null) {
                return outlet;
            }
            IndexedWord channel = edge.getRelation().toString().equals("obl") ? channelSpokenOn(sentence, child) : null;
            if (channel != null) {
                return channel;
            }
            if (isToldByName(sentence, match.cue(), edge.getRelation().toString(), child)) {
                return child;
            }
        }
        return null;
    }

    /**
     * "a source told Outlet that ...": a source telling someone named is, in news text, nearly always
     * speaking to the outlet that reports it, even when the outlet's bare name does not say it is one
     * (the tagger reads some outlet names as people's, so its tag is not asked).
     */
    private static boolean isToldByName(ParsedSentence sentence, IndexedWord cue, String relation, IndexedWord child) {
        CoreLabel token = sentence.token(child);
        return "tell".equals(sentence.token(cue).lemma()) && !relation.equals("obl")
                && "NNP".equals(token.tag());
    }

    /** "the agency", or the outlet of "an interview with the network": a media phrase at or under a node. */
    private static IndexedWord outletWithin(ParsedSentence sentence, IndexedWord node) {
        List<CoreLabel> phrase = tokens(sentence, sentence.subtree(node, List.of(), NAME_SKIPS));
        if (SourceKindClassifier.namesOutlet(phrase, sentence.token(node))) {
            return node;
        }
        for (IndexedWord modifier : sentence.children(node, "nmod")) {
            IndexedWord outlet = outletWithin(sentence, modifier);
            if (outlet != null) {
                return outlet;
            }
            if (isNamedOrganization(sentence, modifier, "to", "with")) {
                return modifier; // "in an email to HuffPost", "in an interview with CNN"
            }
        }
        return null;
    }

    /** "said on CNN", "said on CNN's State of the Union": the organisation named after "on", or owning what is. */
    private static IndexedWord channelSpokenOn(ParsedSentence sentence, IndexedWord node) {
        if (isNamedOrganization(sentence, node, "on")) {
            return node;
        }
        boolean on = sentence.children(node, "case").stream().anyMatch(c -> "on".equals(sentence.token(c).lemma()));
        return !on ? null : sentence.children(node, "nmod:poss").stream()
                .filter(owner -> isNamedOrganization(sentence, owner)).findFirst().orElse(null);
    }

    /**
     * A name the tagger takes for an organisation's, after one of the given prepositions: the outlet's bare name
     * ("CNN"), which says nothing of being an outlet but where a source speaks on or to it.
     */
    private static boolean isNamedOrganization(ParsedSentence sentence, IndexedWord node, String... prepositions) {
        CoreLabel token = sentence.token(node);
        if (!token.tag().startsWith("NNP") || !"ORGANIZATION".equals(token.ner())) {
            return false;
        }
        Set<String> wanted = Set.of(prepositions);
        return wanted.isEmpty()
                || sentence.children(node, "case").stream().anyMatch(c -> wanted.contains(sentence.token(c).lemma()));
    }

    /**
     * A word that can head a source phrase: nouns and pronouns, relative ones included ("the study, [which] notes
     * that ...": PolNeAR train marks "which" and "that" as sources 150 times), and the numbers and adjectives that
     * head a phrase the parser made a subject ("[nearly a third] say", "[Small], who attended the rally, said").
     */
    static boolean nominal(CoreLabel token) {
        String tag = token.tag();
        return tag.startsWith("NN") || tag.equals("PRP") || tag.startsWith("WP") && !tag.equals("WP$")
                || tag.equals("WDT") || tag.equals("DT") || tag.equals("CD") || tag.startsWith("JJ");
    }

    /** A quotation rather than reported speech: the content opens with a quotation mark. */
    static boolean isDirect(TextSpan content) {
        return content.text().startsWith("“") || content.text().startsWith("\"") || content.text().startsWith("''")
                || content.text().startsWith("``");
    }

    private static List<CoreLabel> tokens(ParsedSentence sentence, SortedSet<Integer> indices) {
        return indices.stream().map(sentence::token).toList();
    }

    static boolean overlaps(TextSpan a, TextSpan b) {
        return a != null && b != null && a.start() < b.end() && b.start() < a.end();
    }
}
