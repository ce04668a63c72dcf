package org.echotrace.spark;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Turns postings sorted by shingle hash (then document) into hits, lazily: one hit {@code (a << 32 | b, posA,
 * posB)} per pair of documents a < b sharing a shingle found in 2 to {@code maxDf} documents, as core's
 * index does. With a pair window (postings then carry the day as a fourth column), documents whose dates
 * are further apart emit nothing.
 */
final class HitEmitter implements Iterator<Row> {

    private final Iterator<Row> postings;
    private final int maxDf;
    private final int windowDays;
    private final ArrayDeque<Row> ready = new ArrayDeque<>();
    private final List<Row> run = new ArrayList<>();
    private Row next;

    HitEmitter(Iterator<Row> postings, int maxDf, int windowDays) {
        this.postings = postings;
        this.maxDf = maxDf;
        this.windowDays = windowDays;
        this.next = postings.hasNext() ? postings.next() : null;
    }

    @Override
    public boolean hasNext() {
        while (ready.isEmpty() && next != null) {
            readRun();
        }
        return !ready.isEmpty();
    }

    @Override
    public Row next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return ready.poll();
    }

    private void readRun() {
        run.clear();
        long hash = next.getLong(0);
        while (next != null && next.getLong(0) == hash) {
            run.add(next);
            next = postings.hasNext() ? postings.next() : null;
        }
        if (run.size() < 2 || run.size() > maxDf) {
            return;
        }
        for (int x = 0; x < run.size(); x++) {
            Row a = run.get(x);
            for (int y = x + 1; y < run.size(); y++) {
                Row b = run.get(y);
                if (windowDays == 0 || !tooFarApart(a.getLong(3), b.getLong(3))) {
                    ready.add(RowFactory.create(((long) a.getInt(1) << 32) | b.getInt(1), a.getInt(2), b.getInt(2)));
                }
            }
        }
    }

    private boolean tooFarApart(long dayA, long dayB) {
        return dayA != EncodedDocument.UNDATED && dayB != EncodedDocument.UNDATED
                && Math.abs(dayA - dayB) > windowDays;
    }
}
