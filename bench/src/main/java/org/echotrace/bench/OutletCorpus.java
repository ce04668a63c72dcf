package org.echotrace.bench;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.echotrace.domain.Document;
import org.echotrace.domain.Published;
import org.echotrace.domain.Span;

/**
 * The planted corpus of {@link PlantedCorpus} with a known outlet structure on top: a wire whose stories
 * copiers reprint (some always naming the wire, some sometimes, some never), digests that reprint what a
 * copier took from the wire (naming the copier, now and then the wire, often nobody), and independent outlets
 * that copy nothing. Delays are log-normal: a copier reprints a wire story a median 3 hours later, a digest a
 * copier's story a median 8 hours later. Every article has a publication time. Credits are sentences at an
 * article's end, never inside a passage another outlet copies, so what each article credits is known.
 */
public final class OutletCorpus {

    static final String WIRE = "Xqwire";
    /** Per copier, the chance that a reprint names the wire. */
    private static final double[] COPIER_CREDIT = {1.0, 0.9, 0.6, 0.3, 0.0, 0.0};
    /** Per digest, the chance that a reprint names the copier it took the text from, and the wire. */
    private static final double[] DIGEST_CREDITS_MIDDLE = {1.0, 0.5, 0.0, 0.8};
    private static final double[] DIGEST_CREDITS_ORIGIN = {0.0, 0.2, 0.0, 0.5};
    private static final int INDEPENDENTS = 6;
    /** Each wire story is reprinted by this many copiers. */
    private static final int REPRINTS = 2;
    private static final double DIGEST_COPY_SHARE = 0.6;
    private static final int DAYS = 30;
    private static final double COPIER_MEDIAN_HOURS = 3;
    private static final double DIGEST_MEDIAN_HOURS = 8;
    private static final LocalDateTime START = LocalDateTime.of(2024, 3, 1, 0, 0);

    /** A passage planted from one article into another, and whether the later one names the earlier's outlet. */
    public record Copy(String source, String target, String sourceOutlet, String targetOutlet, int words, boolean credited) {
    }

    /** A copy of a copy: origin (the wire) to middle (a copier) to last (a digest). */
    public record Chain(String origin, String middle, String last, boolean originHidden) {
    }

    public record Corpus(List<Document> documents, List<Copy> copies, List<Chain> chains, long chars) {
    }

    private OutletCorpus() {
    }

    static String copier(int i) {
        return "Xqcourier " + (i + 1);
    }

    static String digest(int i) {
        return "Xqdigest " + (i + 1);
    }

    static String independent(int i) {
        return "Xqlocal " + (i + 1);
    }

    /** About {@code articles} articles: a tenth from the wire, three tenths from copiers, a tenth from digests. */
    public static Corpus generate(PlantedCorpus text, int articles, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String[] texts = IntStream.range(0, articles).parallel().mapToObj(i -> text.article(i, seed)).toArray(String[]::new);
        Builder b = new Builder(text, texts, random);
        int wire = Math.max(1, articles / 10);
        int copiers = Math.max(COPIER_CREDIT.length, 3 * articles / 10);
        int digests = Math.max(DIGEST_CREDITS_MIDDLE.length, articles / 10);
        List<Integer> wireArticles = b.publish(wire, i -> WIRE);
        List<Integer> copierArticles = b.publish(Math.min(copiers, articles - b.next), i -> copier(i % COPIER_CREDIT.length));
        List<Integer> digestArticles = b.publish(Math.min(digests, articles - b.next), i -> digest(i % DIGEST_CREDITS_MIDDLE.length));
        b.publish(articles - b.next, i -> independent(i % INDEPENDENTS));
        b.reprintWire(wireArticles, copierArticles);
        b.reprintCopies(digestArticles);
        return b.corpus();
    }

    /** The corpus as it is drawn: texts, outlets and times by article number, and what was planted. */
    private static final class Builder {
        private final PlantedCorpus model;
        private final String[] texts;
        private final String[] outlets;
        private final LocalDateTime[] times;
        private final SplittableRandom random;
        private final List<Copy> copies = new ArrayList<>();
        private final List<Chain> chains = new ArrayList<>();
        /** Per article, the span of the wire passage it reprinted, and from which wire article; null for none. */
        private final Span[] reprinted;
        private final int[] reprintedFrom;
        private int next;

        Builder(PlantedCorpus model, String[] texts, SplittableRandom random) {
            this.model = model;
            this.texts = texts;
            this.outlets = new String[texts.length];
            this.times = new LocalDateTime[texts.length];
            this.reprinted = new Span[texts.length];
            this.reprintedFrom = new int[texts.length];
            this.random = random;
        }

        List<Integer> publish(int count, java.util.function.IntFunction<String> outletOf) {
            List<Integer> numbers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = next++;
                outlets[n] = outletOf.apply(i);
                times[n] = START.plusMinutes(random.nextInt(DAYS * 24 * 60));
                numbers.add(n);
            }
            return numbers;
        }

        /** Each wire story goes to {@link #REPRINTS} copiers' articles, while there are articles left. */
        void reprintWire(List<Integer> wire, List<Integer> copierArticles) {
            List<Integer> free = shuffled(copierArticles);
            for (int w : wire) {
                List<String> used = new ArrayList<>();
                for (int k = 0; k < REPRINTS && !free.isEmpty(); k++) {
                    int target = takeFrom(free, used);
                    if (target < 0) {
                        break;
                    }
                    used.add(outlets[target]);
                    PlantedCorpus.Copy copy = model.plant(texts[w], texts[target], random);
                    boolean credits = random.nextDouble() < COPIER_CREDIT[ordinal(outlets[target])];
                    texts[target] = copy.target() + (credits ? " This report draws on " + WIRE + "." : "");
                    times[target] = times[w].plusMinutes(delayMinutes(COPIER_MEDIAN_HOURS));
                    reprinted[target] = copy.inTarget();
                    reprintedFrom[target] = w;
                    copies.add(new Copy(PlantedCorpus.id(w), PlantedCorpus.id(target), WIRE, outlets[target], copy.words(), credits));
                }
            }
        }

        /** Some digest articles reprint the wire passage of a copier's reprint. */
        void reprintCopies(List<Integer> digestArticles) {
            List<Integer> reprints = IntStream.range(0, texts.length).filter(i -> reprinted[i] != null).boxed().toList();
            if (reprints.isEmpty()) {
                return;
            }
            for (int d : digestArticles) {
                if (random.nextDouble() >= DIGEST_COPY_SHARE) {
                    continue;
                }
                int middle = reprints.get(random.nextInt(reprints.size()));
                int digest = ordinal(outlets[d]);
                PlantedCorpus.Copy copy = model.plant(texts[middle], reprinted[middle], texts[d], random);
                boolean namesMiddle = random.nextDouble() < DIGEST_CREDITS_MIDDLE[digest];
                boolean namesOrigin = random.nextDouble() < DIGEST_CREDITS_ORIGIN[digest];
                texts[d] = copy.target() + (namesMiddle ? " Source: " + outlets[middle] + "." : "")
                        + (namesOrigin ? " First reported by " + WIRE + "." : "");
                times[d] = times[middle].plusMinutes(delayMinutes(DIGEST_MEDIAN_HOURS));
                copies.add(new Copy(PlantedCorpus.id(middle), PlantedCorpus.id(d), outlets[middle], outlets[d],
                        copy.words(), namesMiddle));
                chains.add(new Chain(PlantedCorpus.id(reprintedFrom[middle]), PlantedCorpus.id(middle),
                        PlantedCorpus.id(d), !namesOrigin));
            }
        }

        Corpus corpus() {
            List<Document> documents = new ArrayList<>(texts.length);
            long chars = 0;
            for (int i = 0; i < texts.length; i++) {
                String id = PlantedCorpus.id(i);
                documents.add(new Document(id, id, null, outlets[i], null, Published.of(times[i]), false, false, false,
                        texts[i], List.of(), java.util.Map.of()));
                chars += texts[i].length();
            }
            return new Corpus(documents, copies, chains, chars);
        }

        /** A free article of an outlet not yet used for this story, removed from the free ones; -1 when none. */
        private int takeFrom(List<Integer> free, List<String> usedOutlets) {
            for (int i = free.size() - 1; i >= 0; i--) {
                if (!usedOutlets.contains(outlets[free.get(i)])) {
                    return free.remove(i);
                }
            }
            return -1;
        }

        /** Log-normal with the given median and a spread that puts the 90th percentile near 3.6 times it. */
        private long delayMinutes(double medianHours) {
            double gaussian = Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
            return Math.max(10, Math.round(medianHours * 60 * Math.exp(gaussian)));
        }

        private List<Integer> shuffled(List<Integer> numbers) {
            List<Integer> list = new ArrayList<>(numbers);
            for (int i = list.size() - 1; i > 0; i--) {
                java.util.Collections.swap(list, i, random.nextInt(i + 1));
            }
            return list;
        }

        /** 0 for "Xqcourier 1": which copier or digest an outlet is. */
        private static int ordinal(String outlet) {
            return Integer.parseInt(outlet.substring(outlet.lastIndexOf(' ') + 1)) - 1;
        }
    }
}
