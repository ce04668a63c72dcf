package org.echotrace.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.echotrace.domain.Document;
import org.echotrace.domain.Span;
import org.echotrace.text.TokenizedText;
import org.echotrace.text.WordTokenizer;

/**
 * A synthetic corpus with known reuse. Background articles are drawn from a word bigram model of real
 * text (so they have real vocabulary and local word statistics, but share few long n-grams by chance);
 * then passages of 50-300 words are copied from one article into another with the edits of real
 * copy-editing: a few words inserted, dropped or changed, re-cased, re-punctuated. The gold spans of every
 * planted passage are recorded. The same seed gives the same corpus.
 */
public final class PlantedCorpus {

    /** A planted passage: where it was taken from and where it was put, in characters. */
    public record Planted(String source, String target, Span inSource, Span inTarget, int words) {
    }

    public record Corpus(List<Document> documents, List<Planted> planted, long chars) {
    }

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*|[.,;:?!]");
    private static final int ARTICLE_CHARS = 4000;
    /** Articles drawn in parallel at a time by {@link #stream}. */
    private static final int BLOCK = 8192;
    private static final double EDIT_RATE = 0.04;
    private static final double RECASE_RATE = 0.02;
    private static final double PUNCT_RATE = 0.02;

    private final String[] vocabulary;
    /** successors of token t are {@code next[first[t] .. first[t + 1])}, repeated by frequency */
    private final int[] first;
    private final int[] next;
    private final int[] sentenceStarts;

    private PlantedCorpus(String[] vocabulary, int[] first, int[] next, int[] sentenceStarts) {
        this.vocabulary = vocabulary;
        this.first = first;
        this.next = next;
        this.sentenceStarts = sentenceStarts;
    }

    /** Learns the bigram model from the real texts under the shared data folder (polnear, ptc, pan sources). */
    public static PlantedCorpus fromSharedData(Path data) {
        List<Path> files = new ArrayList<>();
        files.addAll(list(data.resolve("polnear"), "glob:**/text/*.txt"));
        files.addAll(list(data.resolve("ptc").resolve("articles"), "glob:**/*.txt"));
        files.addAll(list(data.resolve("pan13-verbatim").resolve("src"), "glob:**/*.txt"));
        if (files.isEmpty()) {
            throw new IllegalStateException("no text found under " + data);
        }
        return fromTexts(files.stream().sorted().map(PlantedCorpus::read).toList());
    }

    /** Learns the bigram model from the given texts. */
    public static PlantedCorpus fromTexts(List<String> texts) {
        Map<String, Integer> ids = new HashMap<>();
        List<String> vocabulary = new ArrayList<>();
        int[] sequence = new int[1 << 16];
        int length = 0;
        for (String text : texts) {
            Matcher m = TOKEN.matcher(text);
            while (m.find()) {
                String token = m.group();
                // Latin-1 only keeps generated Strings compact (one byte per char) at 100k articles
                if (token.chars().anyMatch(c -> c > 0xff)) {
                    continue;
                }
                Integer id = ids.computeIfAbsent(token, t -> {
                    vocabulary.add(t);
                    return vocabulary.size() - 1;
                });
                if (length == sequence.length) {
                    sequence = Arrays.copyOf(sequence, length * 2);
                }
                sequence[length++] = id;
            }
            if (length == sequence.length) {
                sequence = Arrays.copyOf(sequence, length * 2);
            }
            sequence[length++] = ids.computeIfAbsent(".", t -> {
                vocabulary.add(t);
                return vocabulary.size() - 1;
            });
        }
        long[] bigrams = new long[length - 1];
        for (int i = 0; i + 1 < length; i++) {
            bigrams[i] = ((long) sequence[i] << 32) | sequence[i + 1];
        }
        Arrays.sort(bigrams);
        int[] first = new int[vocabulary.size() + 1];
        int[] next = new int[bigrams.length];
        for (int i = 0; i < bigrams.length; i++) {
            first[(int) (bigrams[i] >>> 32) + 1]++;
            next[i] = (int) bigrams[i];
        }
        for (int t = 0; t < vocabulary.size(); t++) {
            first[t + 1] += first[t];
        }
        int dot = ids.get(".");
        int[] starts = Arrays.copyOfRange(next, first[dot], first[dot + 1]);
        return new PlantedCorpus(vocabulary.toArray(String[]::new), first, next, starts);
    }

    /** What {@link #stream} planted, and the corpus size in characters. */
    public record Plan(List<Planted> planted, long chars) {
    }

    /**
     * {@code articles} articles of about 4 KB; about half of the odd-numbered ones receive one passage
     * copied from a distinct even-numbered one (sources are never targets, so gold spans stay valid).
     */
    public Corpus generate(int articles, long seed) {
        List<Document> docs = new ArrayList<>(articles);
        Plan plan = stream(articles, seed, docs::add);
        return new Corpus(docs, plan.planted(), plan.chars());
    }

    /**
     * The corpus of {@link #generate}, handed to {@code sink} one article at a time in order, so that corpora
     * larger than the heap can be written to disk. Articles are drawn in parallel blocks; each is a function
     * of the seed and its number alone, which is what lets a source be drawn again when it is copied from.
     */
    public Plan stream(int articles, long seed, Consumer<Document> sink) {
        return stream(articles, seed, sink, BLOCK);
    }

    Plan stream(int articles, long seed, Consumer<Document> sink, int blockSize) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] sources = IntStream.range(0, (articles + 1) / 2).map(i -> 2 * i).toArray();
        shuffle(sources, random);
        List<Planted> planted = new ArrayList<>();
        long chars = 0;
        int s = 0;
        for (int block = 0; block < articles; block += blockSize) {
            String[] texts = IntStream.range(block, Math.min(articles, block + blockSize)).parallel()
                    .mapToObj(i -> article(i, seed)).toArray(String[]::new);
            for (int k = 0; k < texts.length; k++) {
                int target = block + k;
                String text = texts[k];
                if (target % 2 == 1 && s < sources.length && random.nextDouble() < 0.5) {
                    int source = sources[s++];
                    // sources are never targets: their text is the drawn article, in this block or drawn again
                    String original = source >= block && source - block < texts.length
                            ? texts[source - block] : article(source, seed);
                    Copy copy = plant(original, text, random);
                    planted.add(new Planted(id(source), id(target), copy.inSource(), copy.inTarget(), copy.words()));
                    text = copy.target();
                }
                chars += text.length();
                sink.accept(Document.of(id(target), text));
            }
        }
        return new Plan(planted, chars);
    }

    public static String id(int i) {
        return String.format("art%06d", i);
    }

    /** Article {@code number} of the corpus drawn with {@code seed}: the same text every time. */
    String article(int number, long seed) {
        return article(new SplittableRandom(seed * 0x9E3779B97F4A7C15L + number));
    }

    private String article(SplittableRandom random) {
        StringBuilder sb = new StringBuilder(ARTICLE_CHARS + 200);
        int token = sentenceStarts[random.nextInt(sentenceStarts.length)];
        int sentences = 0;
        while (sb.length() < ARTICLE_CHARS) {
            String word = vocabulary[token];
            boolean punctuation = word.length() == 1 && ".,;:?!".indexOf(word.charAt(0)) >= 0;
            if (!punctuation && sb.length() > 0) {
                sb.append(sb.charAt(sb.length() - 1) == '\n' ? "" : " ");
            }
            if (!(punctuation && sb.length() == 0)) {
                sb.append(word);
            }
            if (word.equals(".") && ++sentences % 5 == 0) {
                sb.append('\n');
            }
            int from = first[token];
            int to = first[token + 1];
            token = from == to ? sentenceStarts[random.nextInt(sentenceStarts.length)] : next[from + random.nextInt(to - from)];
        }
        return sb.toString();
    }

    /** A target text with a passage copied in, and where the passage lies in both texts. */
    record Copy(String target, Span inSource, Span inTarget, int words) {
    }

    /** Copies 50-300 words of the source into the target at a sentence end, with edits. */
    Copy plant(String source, String target, SplittableRandom random) {
        TokenizedText src = WordTokenizer.tokenize(source);
        int words = Math.min(src.size(), 50 + random.nextInt(251));
        int from = random.nextInt(src.size() - words + 1);
        return plant(src, from, from + words, target, random);
    }

    /** Copies the words of {@code part} of the source (a passage planted there before) into the target, with edits. */
    Copy plant(String source, Span part, String target, SplittableRandom random) {
        TokenizedText src = WordTokenizer.tokenize(source);
        int from = Math.min(src.wordAt(part.start()), src.size() - 1);
        int to = Math.max(from + 1, Math.min(src.size(), src.wordAt(Math.max(part.start(), part.end() - 1)) + 1));
        return plant(src, from, to, target, random);
    }

    private Copy plant(TokenizedText src, int from, int to, String target, SplittableRandom random) {
        int words = to - from;
        String copy = edit(src, from, to, random);
        int at = target.indexOf(". ", random.nextInt(target.length()));
        at = at < 0 ? target.length() : at + 1;
        return new Copy(target.substring(0, at) + " " + copy + " " + target.substring(at),
                src.span(from, to), new Span(at + 1, at + 1 + copy.length()), words);
    }

    /** The words {@code [from, to)} with the text between them, edited like a copy editor would. */
    private String edit(TokenizedText t, int from, int to, SplittableRandom random) {
        StringBuilder sb = new StringBuilder();
        String text = t.text();
        for (int i = from; i < to; i++) {
            String word = text.substring(t.start(i), t.end(i));
            String gap = i + 1 < to ? text.substring(t.end(i), t.start(i + 1)) : "";
            if (random.nextDouble() < EDIT_RATE) {
                switch (random.nextInt(3)) {
                    case 0 -> word = null;                                      // dropped
                    case 1 -> word = randomWord(random);                        // changed
                    default -> word = randomWord(random) + " " + word;          // inserted
                }
            }
            if (word != null && random.nextDouble() < RECASE_RATE) {
                char c = word.charAt(0);
                word = (Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c)) + word.substring(1);
            }
            if (random.nextDouble() < PUNCT_RATE) {
                gap = gap.isBlank() ? "," + gap : gap.replaceAll("[.,;:]", "");
                if (gap.isEmpty() && i + 1 < to) {
                    gap = " ";
                }
            }
            if (word != null) {
                sb.append(word);
                sb.append(gap);
            } else if (sb.length() > 0 && i + 1 < to) {
                // keep exactly one separator where a word was dropped
                if (!Character.isWhitespace(sb.charAt(sb.length() - 1))) {
                    sb.append(' ');
                }
            }
        }
        return sb.toString().strip();
    }

    private String randomWord(SplittableRandom random) {
        while (true) {
            String w = vocabulary[next[random.nextInt(next.length)]];
            if (Character.isLetterOrDigit(w.charAt(0))) {
                return w;
            }
        }
    }

    private static void shuffle(int[] a, SplittableRandom random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private static List<Path> list(Path dir, String glob) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        var matcher = dir.getFileSystem().getPathMatcher(glob);
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(matcher::matches).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
