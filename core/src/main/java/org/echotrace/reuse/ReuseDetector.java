package org.echotrace.reuse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.echotrace.Progress;
import org.echotrace.domain.ReuseSettings;
import org.echotrace.domain.Document;
import org.echotrace.domain.Passage;
import org.echotrace.domain.ReuseKind;
import org.echotrace.domain.ReusePair;
import org.echotrace.text.TokenizedText;
import org.echotrace.text.WordTokenizer;

/**
 * Finds text reused between documents, verbatim or with small edits, in the manner of passim:
 * tokenise, shingle, index by sorting, collect hits per document pair, chain hits into candidate regions,
 * align each region word by word, merge neighbouring passages, keep those of at least {@code minWords}.
 * Paraphrase is out of scope: a passage needs runs of {@code ngram} identical words to be seen at all.
 */
public final class ReuseDetector {

    /** The order pairs are reported in: most shared words first, then by their documents' ids. */
    public static final Comparator<ReusePair> ORDER = Comparator.comparingInt(ReusePair::sharedWords).reversed()
            .thenComparing(ReusePair::a).thenComparing(ReusePair::b);

    /** Chains of a single hit are chance phrase matches far more often than copies. */
    private static final int MIN_HITS = 2;

    private final ReuseSettings settings;
    private final ShingleIndex index;
    private final HitChainer chainer;
    private final WordAligner aligner;
    private final PassageMerger merger;

    public ReuseDetector(ReuseSettings settings) {
        this.settings = settings;
        int n = settings.ngram();
        // one edit removes n shingles; allow a few close edits (or a changed clause) inside one copy
        int maxGap = 4 * n;
        this.index = new ShingleIndex(n, settings.maxDocumentFrequency());
        this.chainer = new HitChainer(maxGap, MIN_HITS);
        // the ends of a copy lose up to n - 1 words to a boundary edit; look a little further than that
        this.aligner = new WordAligner(n, 2 * n);
        this.merger = new PassageMerger(maxGap);
    }

    public ReuseSettings settings() {
        return settings;
    }

    /** All pairs of documents sharing passages, by shared words, most first. */
    public List<ReusePair> detect(List<Document> docs, Progress progress) {
        List<String> texts = docs.stream().map(Document::text).toList();
        ShingleIndex.Hits hits = index.build(texts, progress);
        TokenCache tokens = new TokenCache(texts);
        AtomicLong done = new AtomicLong();
        List<ReusePair> pairs = IntStream.range(0, docs.size()).parallel()
                .mapToObj(docA -> {
                    List<ReusePair> found = pairsOf(docs, hits, tokens, docA);
                    long finished = done.incrementAndGet();
                    if (finished % 1000 == 0 || finished == docs.size()) {
                        progress.update("align", finished, docs.size());
                    }
                    return found;
                })
                .flatMap(List::stream)
                .sorted(ORDER)
                .toList();
        return pairs;
    }

    /**
     * The pairs {@code document} forms with each of {@code others}, and no pairs among the others: how a new
     * article is matched against candidates that an index has already picked.
     */
    public List<ReusePair> pairsWith(Document document, List<Document> others) {
        List<Document> docs = new ArrayList<>(others.size() + 1);
        docs.add(document);
        docs.addAll(others);
        List<String> texts = docs.stream().map(Document::text).toList();
        ShingleIndex.Hits hits = index.build(texts, Progress.NONE);
        List<ReusePair> found = pairsOf(docs, hits, new TokenCache(texts), 0);
        found.sort(ORDER);
        return found;
    }

    /**
     * The pair two documents form given the shingles they share, as the batch path would find it: the
     * positions of each shared shingle in {@code a} and in {@code b}, in increasing order of {@code posA},
     * where {@code a} is the document that comes first in the corpus order (the alignment is not symmetric).
     * This is the step a distributed job runs once it has joined shingle postings into candidate pairs.
     */
    public Optional<ReusePair> alignCandidate(Document a, Document b, int[] posA, int[] posB, int count) {
        if (count < MIN_HITS) {
            return Optional.empty();
        }
        List<HitChainer.Chain> chains = chainer.chain(posA, posB, count);
        if (chains.isEmpty()) {
            return Optional.empty();
        }
        return pairOf(a, WordTokenizer.tokenize(a.text()), b, chains);
    }

    private List<ReusePair> pairsOf(List<Document> docs, ShingleIndex.Hits hits, TokenCache tokens, int docA) {
        List<ReusePair> found = new ArrayList<>();
        hits.pairsOf(docA, MIN_HITS, (docB, posA, posB, count) -> {
            List<HitChainer.Chain> chains = chainer.chain(posA, posB, count);
            if (chains.isEmpty()) {
                return;
            }
            pairOf(docs.get(docA), tokens.of(docA), docs.get(docB), tokens.of(docB), chains).ifPresent(found::add);
        });
        return found;
    }

    private Optional<ReusePair> pairOf(Document docA, TokenizedText a, Document docB, List<HitChainer.Chain> chains) {
        return pairOf(docA, a, docB, WordTokenizer.tokenize(docB.text()), chains);
    }

    private Optional<ReusePair> pairOf(Document docA, TokenizedText a, Document docB, TokenizedText b,
                                       List<HitChainer.Chain> chains) {
        List<Alignment> passages = passages(a, b, chains);
        return passages.isEmpty() ? Optional.empty() : Optional.of(PairBuilder.build(docA, a, docB, b, passages));
    }

    /** Aligned, merged passages of at least minWords shared words. */
    List<Alignment> passages(TokenizedText a, TokenizedText b, List<HitChainer.Chain> chains) {
        List<Alignment> aligned = new ArrayList<>(chains.size());
        for (HitChainer.Chain chain : chains) {
            Alignment al = aligner.alignChain(a, b, chain.a(), chain.b(), 0, chain.size());
            if (al != null && al.size() > 0) {
                aligned.add(al);
            }
        }
        List<Alignment> kept = new ArrayList<>();
        for (Alignment al : merger.merge(aligned, a, b)) {
            if (al.sameCount(a, b) >= settings.minWords()) {
                kept.add(al);
            }
        }
        return kept;
    }

    /** Turns alignments into a {@link ReusePair}, ordering the two documents by id. */
    static final class PairBuilder {
        private PairBuilder() {
        }

        static ReusePair build(Document d1, TokenizedText t1, Document d2, TokenizedText t2, List<Alignment> als) {
            boolean swap = d1.id().compareTo(d2.id()) > 0;
            Document da = swap ? d2 : d1;
            Document db = swap ? d1 : d2;
            List<Passage> passages = new ArrayList<>(als.size());
            int shared = 0;
            boolean verbatim = true;
            for (Alignment al : als) {
                int same = al.sameCount(t1, t2);
                double identity = (double) same / al.size();
                var s1 = t1.span(al.firstA(), al.lastA() + 1);
                var s2 = t2.span(al.firstB(), al.lastB() + 1);
                passages.add(swap ? new Passage(s2, s1, same, identity) : new Passage(s1, s2, same, identity));
                shared += same;
                verbatim &= same == al.size();
            }
            passages.sort(Comparator.comparing(Passage::a).thenComparing(Passage::b));
            double cover1 = coverage(als, true, t1.size());
            double cover2 = coverage(als, false, t2.size());
            DirectionRule.Decision direction = DirectionRule.decide(da, db);
            return new ReusePair(da.id(), db.id(), verbatim ? ReuseKind.VERBATIM : ReuseKind.NEAR_VERBATIM, shared,
                    swap ? cover2 : cover1, swap ? cover1 : cover2, direction.direction(), direction.reason(),
                    passages);
        }

        /** Share of a side's words inside some passage; passages may overlap on one side. */
        private static double coverage(List<Alignment> als, boolean sideA, int words) {
            if (words == 0) {
                return 0;
            }
            int[][] ranges = als.stream()
                    .map(al -> sideA ? new int[] {al.firstA(), al.lastA()} : new int[] {al.firstB(), al.lastB()})
                    .sorted(Comparator.comparingInt(r -> r[0]))
                    .toArray(int[][]::new);
            int covered = 0;
            int end = -1;
            for (int[] r : ranges) {
                int from = Math.max(r[0], end + 1);
                if (r[1] >= from) {
                    covered += r[1] - from + 1;
                    end = r[1];
                }
            }
            return Math.min(1.0, (double) covered / words);
        }
    }
}
