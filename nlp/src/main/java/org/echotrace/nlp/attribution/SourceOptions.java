package org.echotrace.nlp.attribution;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import org.echotrace.domain.TextSpan;
import org.echotrace.nlp.parse.ParsedSentence;

/**
 * The phrases of a sentence that could be an attribution's source, for {@link SpanModel} to choose among: every
 * noun phrase around the cue (a nominal word with all it governs and the comma that closes it), the one the rules
 * chose, and no source at all. Each
 * option carries the features the model scores it by: how its head stands to the cue in the dependency tree,
 * where it lies, how long it is, what bounds it, and whether the rules chose it. The same for learning
 * ({@link SpanModelTrainer}) and use.
 */
final class SourceOptions {

    /** One possible source: a span (null for none), its head word's index (0 for none) and its features. */
    record Option(TextSpan span, int head, Set<String> features) {
    }

    /** Branches a name-only variant leaves out ("Murphy[, the head of the group,]", "[Trump], who ..."). */
    /** Longer phrases are no one's name or description; the rules' choice is kept whatever its length. */
    private static final int MAX_TOKENS = 40;
    /** Steps between cue and source head beyond which a path is only "far". */
    private static final int MAX_PATH = 4;

    private SourceOptions() {
    }

    static List<Option> of(String text, List<TextSpan> quotes, ParsedSentence sentence, Candidate candidate) {
        int cueHead = headOf(sentence, candidate.cue());
        IndexedWord cueNode = cueHead > 0 ? sentence.graph().getNodeByIndexSafe(cueHead) : null;
        Map<TextSpan, Option> options = new LinkedHashMap<>();
        int ruleHead = candidate.source() == null ? 0 : headOf(sentence, candidate.source());
        if (cueNode != null) {
            for (IndexedWord node : sentence.graph().vertexListSorted()) {
                if (node.index() != ruleHead && isHeadable(sentence, node, candidate)) {
                    addPhrase(text, quotes, sentence, candidate, cueNode, node, options);
                }
            }
        }
        TextSpan rule = candidate.source();
        if (rule != null && !options.containsKey(rule)) {
            int head = headOf(sentence, rule);
            options.put(rule, new Option(rule, head, new LinkedHashSet<>(List.of("variant=other"))));
        }
        List<Option> all = new ArrayList<>();
        for (Option o : options.values()) {
            all.add(new Option(o.span(), o.head(), features(sentence, candidate, cueNode, o)));
        }
        all.add(new Option(null, 0, noneFeatures(sentence, candidate, cueNode)));
        return all;
    }

    private static boolean isHeadable(ParsedSentence sentence, IndexedWord node, Candidate candidate) {
        CoreLabel token = sentence.token(node);
        return nominal(token) && !inside(token, candidate.cue()) && (candidate.content() == null || !inside(token, candidate.content()));
    }

    private static void addPhrase(String text, List<TextSpan> quotes, ParsedSentence sentence, Candidate candidate,
                                    IndexedWord cue, IndexedWord node, Map<TextSpan, Option> options) {
        // the preposition that makes a phrase an agent ("by [the paper]") is none of it; a possessive "'s" is
        List<IndexedWord> skipped = new ArrayList<>(sentence.children(node, "case").stream()
                .filter(c -> c.index() < node.index()).toList());
        skipped.add(cue);
        SortedSet<Integer> whole = TokenSpans.afterDateline(sentence, sentence.subtree(node, skipped, Set.of("parataxis")));
        if (whole.size() > MAX_TOKENS) {
            return;
        }
        // one phrase per head, cut as the rules cut theirs: which words a head takes is where annotators disagree
        // (relative clauses, appositions: trimming variants scored as often wrong as right on train's hold-out)
        add(options, "whole-comma", TokenSpans.withClosingComma(text, sentence, whole), node, text, quotes, candidate);
    }

    private static void add(Map<TextSpan, Option> options, String variant, TextSpan span, IndexedWord node, String text,
                            List<TextSpan> quotes, Candidate candidate) {
        if (span == null || AttributionSpans.overlaps(span, candidate.cue()) || AttributionSpans.overlaps(span, candidate.content())
                || AttributionSpans.isDirect(span) || QuoteFinder.enclosing(quotes, span) != null) {
            return;
        }
        Option known = options.get(span);
        if (known == null) {
            options.put(span, new Option(span, node.index(), new LinkedHashSet<>(List.of("variant=" + variant))));
        } else {
            known.features().add("variant=" + variant);
        }
    }

    private static Set<String> features(ParsedSentence sentence, Candidate candidate, IndexedWord cue, Option option) {
        Set<String> f = new LinkedHashSet<>(option.features());
        TextSpan span = option.span();
        TextSpan rule = candidate.source();
        String shape = candidate.shape();
        boolean chosen = span.equals(rule);
        String byRule = chosen ? "rule" : rule == null ? "rule-none" : "not-rule:" + against(span, rule);
        f.add("some");
        f.add(byRule);
        f.add(byRule + "|" + shape);
        f.add("shape=" + shape);
        if (option.head() <= 0) {
            return f;
        }
        CoreLabel head = sentence.token(option.head());
        IndexedWord headNode = sentence.graph().getNodeByIndexSafe(option.head());
        String path = cue == null || headNode == null ? "none" : path(sentence, cue, headNode);
        List<CoreLabel> tokens = tokensOf(sentence, span);
        boolean before = span.end() <= candidate.cue().start();
        f.add("path=" + path);
        f.add("path|" + byRule + "=" + path);
        f.add("path|shape=" + path + "|" + shape);
        f.add("ht=" + head.tag());
        f.add("hr=" + (headNode == null ? "?" : sentence.relation(headNode)));
        f.add("hner=" + head.ner());
        f.add("dir=" + (before ? "before" : "after"));
        f.add("gap=" + bucket(gapTokens(sentence, span, candidate.cue())));
        f.add("len=" + bucket(tokens.size()));
        f.add("len|" + byRule + "=" + bucket(tokens.size()));
        f.add("first=" + shapeOf(tokens.get(0)));
        f.add("last=" + shapeOf(tokens.get(tokens.size() - 1)));
        f.add("prev=" + shapeOf(neighbour(sentence, span.start(), -1)));
        f.add("next=" + shapeOf(neighbour(sentence, span.end(), 1)));
        f.add("pronoun=" + PronounResolver.isPronoun(span.text()));
        f.add("direct=" + candidate.direct());
        f.add("commas=" + Math.min(3, tokens.stream().filter(t -> t.word().equals(",")).count()));
        for (String v : option.features()) {
            f.add(v + "|" + byRule);
            f.add(v + "|path=" + path);
        }
        return f;
    }

    private static Set<String> noneFeatures(ParsedSentence sentence, Candidate candidate, IndexedWord cue) {
        Set<String> f = new LinkedHashSet<>();
        String rule = candidate.source() == null ? "rule" : "not-rule";
        f.add("none");
        f.add("none|" + rule);
        f.add("none|" + rule + "|" + candidate.shape());
        f.add("none|direct=" + candidate.direct());
        if (cue != null) {
            CoreLabel token = sentence.token(cue);
            f.add("none|cue=" + token.tag() + "|" + sentence.relation(cue));
            f.add("none|cuelemma=" + lower(token.lemma()));
        }
        return f;
    }

    /** How a span stands to the rules' choice: inside it, holding it, crossing it, or apart. */
    private static String against(TextSpan span, TextSpan rule) {
        if (!AttributionSpans.overlaps(span, rule)) {
            return "apart";
        }
        boolean holds = span.start() <= rule.start() && rule.end() <= span.end();
        boolean inside = rule.start() <= span.start() && span.end() <= rule.end();
        String left = span.start() == rule.start() ? "=" : span.start() < rule.start() ? "+" : "-";
        String right = span.end() == rule.end() ? "=" : span.end() > rule.end() ? "+" : "-";
        return (holds ? "holds" : inside ? "inside" : "crossing") + left + right;
    }

    /**
     * The relations on the way from the cue to a word: up to their common governor, then down ("^nsubj" is the
     * cue's subject, "^acl:relcl" the noun a relative clause cue describes).
     */
    static String path(ParsedSentence sentence, IndexedWord from, IndexedWord to) {
        List<IndexedWord> up = ancestors(sentence, from);
        List<IndexedWord> down = ancestors(sentence, to);
        for (int i = 0; i < up.size() && i <= MAX_PATH; i++) {
            int j = down.indexOf(up.get(i));
            if (j >= 0) {
                if (i + j > MAX_PATH) {
                    return "far";
                }
                StringBuilder path = new StringBuilder();
                for (int k = 0; k < i; k++) {
                    path.append('^').append(sentence.relation(up.get(k)));
                }
                for (int k = j - 1; k >= 0; k--) {
                    path.append('v').append(sentence.relation(down.get(k)));
                }
                return path.length() == 0 ? "self" : path.toString();
            }
        }
        return "far";
    }

    /** A node and its governors up to the root. */
    private static List<IndexedWord> ancestors(ParsedSentence sentence, IndexedWord node) {
        List<IndexedWord> chain = new ArrayList<>();
        for (IndexedWord n = node; n != null && chain.size() < 40; n = sentence.parent(n)) {
            chain.add(n);
        }
        return chain;
    }

    /** The word of a span that its other words hang under, a verb where there are several (as the cue trainer reads heads). */
    static int headOf(ParsedSentence sentence, TextSpan span) {
        return CueModelTrainer.headOf(sentence, span.span());
    }

    private static int gapTokens(ParsedSentence sentence, TextSpan a, TextSpan b) {
        int from = Math.min(a.end(), b.end());
        int to = Math.max(a.start(), b.start());
        int n = 0;
        for (CoreLabel t : sentence.tokens()) {
            n += t.beginPosition() >= from && t.endPosition() <= to ? 1 : 0;
        }
        return n;
    }

    private static CoreLabel neighbour(ParsedSentence sentence, int offset, int direction) {
        List<CoreLabel> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            if (direction < 0 && t.endPosition() > offset) {
                return i == 0 ? null : tokens.get(i - 1);
            }
            if (direction > 0 && t.beginPosition() >= offset) {
                return t;
            }
        }
        return null;
    }

    /** A boundary word as the model sees it: punctuation and function words as themselves, others by tag. */
    private static String shapeOf(CoreLabel token) {
        if (token == null) {
            return "<edge>";
        }
        String tag = token.tag();
        boolean function = TokenSpans.isPunctuation(token) || tag.equals("DT") || tag.equals("IN") || tag.equals("CC")
                || tag.equals("WP") || tag.equals("WDT") || tag.equals("TO") || tag.equals("RB") || tag.equals("POS");
        return function ? lower(token.word()) : tag;
    }

    private static List<CoreLabel> tokensOf(ParsedSentence sentence, TextSpan span) {
        List<CoreLabel> inside = new ArrayList<>();
        for (CoreLabel t : sentence.tokens()) {
            if (t.beginPosition() >= span.start() && t.endPosition() <= span.end()) {
                inside.add(t);
            }
        }
        return inside.isEmpty() ? List.of(sentence.tokens().get(0)) : inside;
    }

    private static String bucket(long n) {
        return n <= 3 ? String.valueOf(n) : n <= 6 ? "4-6" : n <= 12 ? "7-12" : n <= 25 ? "13-25" : "26+";
    }

    /** A word that can head a source phrase, as the rules take it, or a possessor ("[her] claim"). */
    private static boolean nominal(CoreLabel token) {
        return AttributionSpans.nominal(token) || token.tag().equals("PRP$");
    }

    private static boolean inside(CoreLabel token, TextSpan span) {
        return span != null && token.beginPosition() >= span.start() && token.endPosition() <= span.end();
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }
}
