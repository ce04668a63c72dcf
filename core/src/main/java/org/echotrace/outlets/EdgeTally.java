package org.echotrace.outlets;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Objects;
import org.echotrace.domain.OutletEdge;

/**
 * One edge's counts, copy by copy. Tallies of parts of a corpus merge into the tally of the whole (sums,
 * set unions and the delays put together), so that a job can count on many machines.
 */
public final class EdgeTally implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final double MEDIAN = 0.5;
    private static final double P90 = 0.9;
    private final Key key;
    private final HashSet<String> stories = new HashSet<>();
    private final HashSet<String> articles = new HashSet<>();
    private int copies;
    private int passages;
    private int words;
    private int credited;
    private int checked;
    private double[] delays = new double[4];
    private int dated;

    public EdgeTally(Key key) {
        this.key = key;
    }

    /** @param story the story of the copy's target (the later document), null for none */
    public EdgeTally add(Copy c, String story) {
        if (key.directed()) {
            articles.add(c.target());
        } else {
            // undirected: both sides' documents share the text, neither is known to have taken it
            articles.add(c.target());
            articles.add(c.source());
        }
        if (story != null) {
            stories.add(story);
        }
        copies++;
        passages += c.passages();
        words += c.words();
        if (c.credited() != null) {
            checked++;
            credited += c.credited() ? 1 : 0;
        }
        Double delay = c.delayHours();
        if (delay != null) {
            addDelays(new double[] {delay}, 1);
        }
        return this;
    }

    public EdgeTally merge(EdgeTally other) {
        stories.addAll(other.stories);
        articles.addAll(other.articles);
        copies += other.copies;
        passages += other.passages;
        words += other.words;
        credited += other.credited;
        checked += other.checked;
        addDelays(other.delays, other.dated);
        return this;
    }

    private void addDelays(double[] more, int count) {
        if (dated + count > delays.length) {
            delays = Arrays.copyOf(delays, Math.max(2 * delays.length, dated + count));
        }
        System.arraycopy(more, 0, delays, dated, count);
        dated += count;
    }

    public OutletEdge edge() {
        double[] known = Arrays.copyOf(delays, dated);
        return new OutletEdge(key.from(), key.to(), key.directed(), stories.size(), articles.size(), copies,
                passages, words, checked == 0 ? null : (double) credited / checked, Percentiles.of(known, MEDIAN),
                Percentiles.of(known, P90));
    }

    /** An undirected edge is keyed by its outlets in name order, so that both pair orders meet. */
    public record Key(String from, String to, boolean directed) implements Serializable {
        public static Key of(Copy c) {
            if (c.directed() || c.sourceOutlet().compareTo(c.targetOutlet()) <= 0) {
                return new Key(c.sourceOutlet(), c.targetOutlet(), c.directed());
            }
            return new Key(c.targetOutlet(), c.sourceOutlet(), false);
        }

        public Key {
            Objects.requireNonNull(from);
            Objects.requireNonNull(to);
        }
    }
}
