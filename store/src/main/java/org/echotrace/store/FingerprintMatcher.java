package org.echotrace.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Picks the stored articles worth aligning with a new text: those sharing at least {@code minHits} of its
 * fingerprints, counted straight from the postings. Fingerprints held by more than {@code maxDf} articles
 * (stock phrases, boilerplate) are skipped, so the work follows the text actually shared.
 */
final class FingerprintMatcher {

    /**
     * A stored article and how many of the new text's fingerprints it holds: a Lucene doc id, or past the
     * reader's last doc id the place of an article not yet in the index (see {@link Unindexed}).
     */
    record Candidate(int luceneId, int hits) {
    }

    /** Articles stored after the reader's snapshot, numbered from 0 in the order they were stored. */
    interface Unindexed {
        Unindexed NONE = (fingerprint, into, from, base) -> from;

        /**
         * Writes {@code base} plus the number of each article holding the fingerprint into {@code into} from
         * {@code from} on, as many as fit; returns {@code from} plus how many hold it.
         */
        int holders(long fingerprint, int[] into, int from, int base);
    }

    private final int maxDf;
    private final int minHits;
    private final int maxCandidates;
    private final LongPredicate mightBeStored;

    /** @param mightBeStored false for a fingerprint no stored article holds (see {@link StoredFingerprints}) */
    FingerprintMatcher(int maxDf, int minHits, int maxCandidates, LongPredicate mightBeStored) {
        this.maxDf = maxDf;
        this.minHits = minHits;
        this.maxCandidates = maxCandidates;
        this.mightBeStored = mightBeStored;
    }

    /**
     * Candidates by hits, most first; {@code fingerprints} sorted. Each fingerprint is looked up once per
     * segment (most segments answer from their Bloom filter, see {@link FingerprintCodec}); its postings are
     * kept aside until every segment is seen, and dropped when more than {@code maxDf} articles hold it.
     * The unindexed articles count as if they were in the index after every indexed one, so the candidates
     * do not depend on when the writer refreshed.
     */
    List<Candidate> candidates(IndexReader reader, long[] fingerprints, Unindexed unindexed) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        TermsEnum[] enums = new TermsEnum[leaves.size()];
        for (int l = 0; l < leaves.size(); l++) {
            Terms terms = leaves.get(l).reader().terms(Fields.FINGERPRINT);
            enums[l] = terms == null ? null : terms.iterator();
        }
        Map<Integer, Integer> hits = new HashMap<>();
        PostingsEnum postings = null;
        int[] holders = new int[maxDf + 1];
        for (long hash : fingerprints) {
            if (!mightBeStored.test(hash)) {
                continue;
            }
            BytesRef term = Fingerprints.term(hash);
            int held = 0;
            int df = 0;
            for (int l = 0; l < leaves.size() && df <= maxDf; l++) {
                if (enums[l] == null || !enums[l].seekExact(term)) {
                    continue;
                }
                // deleted articles count too: a cheap upper bound that needs no postings walk
                df += enums[l].docFreq();
                if (df > maxDf) {
                    break;
                }
                Bits live = leaves.get(l).reader().getLiveDocs();
                postings = enums[l].postings(postings, PostingsEnum.NONE);
                int base = leaves.get(l).docBase;
                for (int doc = postings.nextDoc(); doc != PostingsEnum.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        holders[held++] = base + doc;
                    }
                }
            }
            if (df <= maxDf) {
                int all = unindexed.holders(hash, holders, held, reader.maxDoc());
                df += all - held;
                held = Math.min(all, holders.length);
            }
            for (int k = 0; k < held && df <= maxDf; k++) {
                hits.merge(holders[k], 1, Integer::sum);
            }
        }
        List<Candidate> found = new ArrayList<>();
        hits.forEach((doc, count) -> {
            if (count >= minHits) {
                found.add(new Candidate(doc, count));
            }
        });
        if (found.size() <= maxCandidates) {
            found.sort(Comparator.comparingInt(Candidate::hits).reversed().thenComparingInt(Candidate::luceneId));
            return found;
        }
        // Ties at the cut go to the earliest stored article, not to the lowest Lucene doc id: doc ids follow
        // the merges, so a cut by them would change with merge timing and the same ingest give other pairs.
        Map<Integer, Long> sequence = sequences(reader, found);
        found.sort(Comparator.comparingInt(Candidate::hits).reversed()
                .thenComparingLong(c -> sequence.get(c.luceneId())));
        return found.subList(0, maxCandidates);
    }

    private static Map<Integer, Long> sequences(IndexReader reader, List<Candidate> candidates) throws IOException {
        Map<Integer, Long> out = new HashMap<>();
        List<LeafReaderContext> leaves = reader.leaves();
        for (Candidate c : candidates) {
            if (c.luceneId() >= reader.maxDoc()) {
                // stored after every indexed article, in the order of their numbers
                out.put(c.luceneId(), Long.MAX_VALUE - Integer.MAX_VALUE + c.luceneId());
                continue;
            }
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(c.luceneId(), leaves));
            NumericDocValues values = leaf.reader().getNumericDocValues(Fields.SEQUENCE);
            boolean has = values != null && values.advanceExact(c.luceneId() - leaf.docBase);
            out.put(c.luceneId(), has ? values.longValue() : Long.MAX_VALUE);
        }
        return out;
    }
}
