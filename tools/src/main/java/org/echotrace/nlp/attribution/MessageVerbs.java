package org.echotrace.nlp.attribution;

import edu.stanford.nlp.ling.CoreLabel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.echotrace.domain.SpeechAct;
import org.echotrace.domain.Span;

/**
 * Developer tool, not a test: which verbs of speech in {@code cue-acts.tsv} name speech only with a message (the
 * file's {@code message} mark), as PolNeAR train's gold cues show without a parse. For each speech word (by the
 * lexicon's stem) it counts the occurrences followed by a noun phrase's first word ("maintains [a] lead") and by a
 * clause's or quotation's ("maintained [that] ..."), and how many of each are gold cues (averaged over
 * annotators). A verb that is seldom a cue before a noun phrase and often one before a clause needs a message.
 * {@code MessageVerbs TRAIN_FOLDER}; prints every speech word with enough of both, the proposed ones marked. A
 * proposal is checked before it is marked: the next word cannot see a small clause ("estimate the damages [at $1
 * million]"), so {@code estimate} is proposed but not marked.
 */
public final class MessageVerbs {

    /** Words that open a noun phrase, and words that open a clause or a quotation. */
    private static final Set<String> NOUN_PHRASE = Set.of("the", "a", "an", "his", "her", "its", "their", "our", "my",
            "your", "this", "these", "those", "some", "no", "any", "several", "more");
    private static final Set<String> CLAUSE = Set.of("that", "“", "\"", "''", "‘", ":", "if", "whether", "what", "how",
            "why", "when", "who", "to");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z'-]*");
    private static final Pattern NEXT = Pattern.compile("\\s*(“|\"|''|‘|:|[A-Za-z]+|\\d)");
    /** Enough occurrences of each kind to judge, and the shares that make a verb one that needs a message. */
    private static final int MIN_OCCURRENCES = 5;
    private static final double MAX_NOUN_PHRASE_SHARE = 0.15;
    private static final double MIN_CLAUSE_SHARE = 0.4;

    private MessageVerbs() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        CueActs acts = CueActs.bundled();
        Map<String, double[]> counts = new TreeMap<>(); // stem -> {np, np cues, clause, clause cues}
        Map<String, List<Path>> byArticle = new TreeMap<>();
        try (Stream<Path> s = Files.list(folder.resolve("attributions"))) {
            s.sorted().forEach(p -> {
                String name = p.getFileName().toString();
                byArticle.computeIfAbsent(name.substring(0, name.lastIndexOf('_')), k -> new ArrayList<>()).add(p);
            });
        }
        for (var article : byArticle.entrySet()) {
            String text = Files.readString(folder.resolve("text").resolve(article.getKey() + ".txt"), StandardCharsets.UTF_8);
            List<List<Span>> gold = new ArrayList<>();
            for (Path ann : article.getValue()) {
                gold.add(MissedCues.goldSpans(ann, "Cue "));
            }
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                CoreLabel token = new CoreLabel();
                token.setWord(m.group());
                if (acts.of(token) != SpeechAct.SPEECH) {
                    continue;
                }
                Matcher next = NEXT.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 30));
                String following = next.lookingAt() ? next.group(1).toLowerCase(Locale.ROOT) : "";
                int kind = NOUN_PHRASE.contains(following) || Character.isDigit(following.isEmpty() ? 'x' : following.charAt(0)) ? 0
                        : CLAUSE.contains(following) ? 2 : -1;
                if (kind < 0) {
                    continue;
                }
                int start = m.start();
                int end = m.end();
                double share = gold.stream().filter(g -> g.stream().anyMatch(s -> s.start() <= start && end <= s.end()))
                        .count() / (double) gold.size();
                double[] c = counts.computeIfAbsent(CueLexicon.keyOf(m.group()), k -> new double[4]);
                c[kind]++;
                c[kind + 1] += share;
            }
        }
        System.out.println("# stem\tafter a noun phrase: occurrences, cue share\tafter a clause: occurrences, cue share\tneeds a message");
        counts.forEach((stem, c) -> {
            if (c[0] >= MIN_OCCURRENCES && c[2] >= MIN_OCCURRENCES) {
                boolean message = c[1] / c[0] < MAX_NOUN_PHRASE_SHARE && c[3] / c[2] >= MIN_CLAUSE_SHARE;
                System.out.printf(Locale.ROOT, "%s\t%.0f\t%.2f\t%.0f\t%.2f\t%s%n", stem, c[0], c[1] / c[0], c[2], c[3] / c[2],
                        message ? "message" : "");
            }
        });
    }
}
