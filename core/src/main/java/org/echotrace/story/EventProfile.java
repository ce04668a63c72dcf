package org.echotrace.story;

import java.util.Arrays;
import org.echotrace.domain.Document;
import org.echotrace.text.Stopwords;
import org.echotrace.text.TokenizedText;
import org.echotrace.text.WordTokenizer;

/**
 * The specifics of the event a report tells, as far as its text and date give them, for telling apart two
 * events of one kind whose reports share their subject words (two celebrities entering rehab, two
 * emergency patches years apart, two players of one team arrested): when it happened and who it is about.
 * The same in analyze, the store and the Spark job: each weighs a pair's similarity with {@link #weigh}, and
 * with {@link #weighForFew} where the story it would make holds few reports.
 *
 * <p>When: the publication year of a dated report, else the latest year its text writes. A report rarely
 * tells an event years after the latest year it names (news names its own year, history only earlier
 * ones), so that year stands in where no date does. A dated report and another whose years lie
 * {@value #YEARS_APART} or more apart tell different events: the pair counts {@value #CONFLICT}, against
 * joining, whatever their words share; unless the undated one's latest year lies more than
 * {@value #HISTORY_YEARS} years away, when it names only history. Two undated reports are not held apart
 * so: their latest years are as often a background year ("the 1999 film") as their own (docs/evaluation.md).
 *
 * <p>Who: the proper names of each report's lead (its first {@value #LEAD_CHARS} characters: headline and
 * first sentence): words written with a capital and never in lower case in that text, not stopwords. When
 * both leads hold at least {@value #MIN_LEAD_NAMES}, the smaller share of either lead's names that the other
 * text writes at all (in any case) scales the similarity down, to half at most: reports of one event name
 * its actors and places in their leads, reports of another event of the same kind name others.
 *
 * <p>What: the words of each report's headline (its title, else its first sentence, as a one-report story is
 * titled) that are rarer in general news than {@value #HEADLINE_RARITY} (inverse document frequency in the
 * {@link BackgroundFrequencies}: words in fewer than about three in five news articles). Where a merge makes a
 * story of few reports ({@link #weighForFew}), two dated reports whose headlines share none of them count their
 * content similarity by {@value #HEADLINE_FLOOR}: reports of one event name it in their headlines ("Ginsburg
 * apologizes", "Trump demands Ginsburg resign"), reports of two events of one campaign in one week share the
 * candidate at most (docs/evaluation.md, "Headlines"). Undated reports are told apart by their years and lead
 * names as before: on ECB+ (undated) the headlines cost recall and gained no precision. The rarity is a fixed
 * table, so a pair weighs the same in any corpus and in any order of arrival.
 *
 * @param year      the report's year: published, else the latest written; 0 when neither
 * @param published whether {@code year} is the publication year
 * @param words     hashes of the text's words of {@value #SHORTEST_NAME} or more characters, sorted, distinct
 * @param leadNames hashes of the lead's proper names, sorted, distinct
 * @param headline  hashes of the headline's words rare in general news, sorted, distinct
 */
public record EventProfile(int year, boolean published, int[] words, int[] leadNames, int[] headline)
        implements java.io.Serializable {

    /** Years apart from which a dated report and another tell different events. */
    static final int YEARS_APART = 2;
    /** What a pair of different events counts for in average linkage: it pulls its groups' average down. */
    static final double CONFLICT = -0.2;
    /**
     * An undated report whose latest year lies further than this from a dated one's writes only history
     * (a movement founded in the 1980s): its years say nothing of its own time.
     */
    static final int HISTORY_YEARS = 20;
    static final int LEAD_CHARS = 300;
    static final int MIN_LEAD_NAMES = 2;
    /** Share of the lead names found in the other text from which names do not lower a similarity. */
    static final double NAMES_SHARED = 0.3;
    /** The lowest factor names give: they weigh against, never alone keep two reports apart. */
    static final double NAMES_FLOOR = 0.5;

    /** Rarity in general news (inverse document frequency) from which a headline word tells the event. */
    static final double HEADLINE_RARITY = 0.5;
    /** The factor headlines sharing no such word give a content similarity. */
    static final double HEADLINE_FLOOR = 0.5;

    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2099;
    private static final int SHORTEST_NAME = 3;

    public static EventProfile of(Document document) {
        return of(document, WordTokenizer.tokenize(document.text()));
    }

    /** @param tokens the document's text as {@link WordTokenizer#tokenize} cuts it */
    static EventProfile of(Document document, TokenizedText tokens) {
        String text = document.text();
        int year = document.published() != null ? document.published().date().getYear() : latestYear(text);
        return new EventProfile(year, document.published() != null, words(tokens), leadNames(text, tokens),
                headline(StoryNaming.titleOf(document)));
    }

    /**
     * A pair's similarity as it counts for one event: its content similarity lowered by names its leads do
     * not share, or the share one copied from the other when larger (copied text links reports whatever
     * their leads name); {@link #CONFLICT} when their years differ, copied or not (a report years later
     * that reuses an old one's background tells a new event).
     *
     * @param copied the share copied, 0 when none
     */
    public static double weigh(double content, double copied, EventProfile a, EventProfile b) {
        return weigh(content, copied, a, b, 1);
    }

    /**
     * {@link #weigh} for a story of few reports ({@link StorySettings#FEW_DOCUMENTS}): between two dated reports,
     * the content similarity is lowered by headlines that share no rare word too. A story of many reports rests
     * on many pairs, and reports of one event headline it in many ways (ECB+); two or three rest on their own.
     */
    public static double weighForFew(double content, double copied, EventProfile a, EventProfile b) {
        return weigh(content, copied, a, b, a.published && b.published ? headlinesAgree(a, b) : 1);
    }

    private static double weigh(double content, double copied, EventProfile a, EventProfile b, double headlines) {
        if (differentYears(a, b)) {
            return CONFLICT;
        }
        return Math.max(content * namesAgree(a, b) * headlines, copied);
    }

    static boolean differentYears(EventProfile a, EventProfile b) {
        if (!(a.published || b.published) || a.year == 0 || b.year == 0) {
            return false;
        }
        int apart = Math.abs(a.year - b.year);
        boolean onlyHistory = !(a.published && b.published) && apart > HISTORY_YEARS;
        return apart >= YEARS_APART && !onlyHistory;
    }

    /** 1 when the leads share their names or hold too few to tell; down to {@link #NAMES_FLOOR} when not. */
    static double namesAgree(EventProfile a, EventProfile b) {
        if (a.leadNames.length < MIN_LEAD_NAMES || b.leadNames.length < MIN_LEAD_NAMES) {
            return 1;
        }
        double shared = Math.min(leadShare(a, b), leadShare(b, a));
        return Math.max(NAMES_FLOOR, Math.min(1, shared / NAMES_SHARED));
    }

    /** 1 when the headlines share a word rare in general news, else {@link #HEADLINE_FLOOR}. */
    static double headlinesAgree(EventProfile a, EventProfile b) {
        return sharesAny(a.headline, b.headline) ? 1 : HEADLINE_FLOOR;
    }

    /** Whether two sorted arrays hold a common value. */
    private static boolean sharesAny(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                return true;
            }
            if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return false;
    }

    /** The share of a's lead names that b's text writes. */
    static double leadShare(EventProfile a, EventProfile b) {
        int found = 0;
        for (int name : a.leadNames) {
            found += Arrays.binarySearch(b.words, name) >= 0 ? 1 : 0;
        }
        return (double) found / a.leadNames.length;
    }

    /** Words as short as every lead name or longer: all a lead name is looked up among. */
    private static int[] words(TokenizedText tokens) {
        int[] all = new int[tokens.size()];
        int n = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.end(i) - tokens.start(i) >= SHORTEST_NAME) {
                all[n++] = hash(tokens.hash(i));
            }
        }
        return distinct(all, n);
    }

    /** The lead's capitalised words that the text never writes in lower case, stopwords left out. */
    private static int[] leadNames(String text, TokenizedText tokens) {
        int[] lower = new int[tokens.size()];
        int[] lead = new int[tokens.size()];
        int lowered = 0;
        int names = 0;
        for (int i = 0; i < tokens.size(); i++) {
            int start = tokens.start(i);
            if (tokens.end(i) - start < SHORTEST_NAME) {
                continue;
            }
            if (!Character.isUpperCase(text.charAt(start))) {
                lower[lowered++] = hash(tokens.hash(i));
            } else if (start < LEAD_CHARS && !Stopwords.isStopword(tokens.term(i))) {
                lead[names++] = hash(tokens.hash(i));
            }
        }
        int[] lowerCase = distinct(lower, lowered);
        return Arrays.stream(distinct(lead, names)).filter(h -> Arrays.binarySearch(lowerCase, h) < 0).toArray();
    }

    /**
     * The headline's words of {@value #SHORTEST_NAME} or more characters, not stopwords, rare in general news;
     * a possessive as its owner ("Clinton's path" names Clinton).
     */
    private static int[] headline(String headline) {
        TokenizedText tokens = WordTokenizer.tokenize(headline);
        BackgroundFrequencies background = BackgroundFrequencies.get();
        int[] rare = new int[tokens.size()];
        int n = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String term = tokens.term(i);
            if (isPossessive(headline, tokens.end(i))) {
                term = term.substring(0, term.length() - 1);
            }
            if (term.length() >= SHORTEST_NAME && !Stopwords.isStopword(term)
                    && background.idf(term) >= HEADLINE_RARITY) {
                rare[n++] = hash(WordTokenizer.hashTerm(term));
            }
        }
        return distinct(rare, n);
    }

    /** Whether the word ending at {@code end} ends in 's or \u2019s. */
    private static boolean isPossessive(String text, int end) {
        return end >= 3 && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')
                && (text.charAt(end - 2) == '\'' || text.charAt(end - 2) == '\u2019');
    }

    /** A word's 64-bit hash folded to 32 bits: a rare collision only blurs a soft signal. */
    private static int hash(long wordHash) {
        return (int) (wordHash ^ (wordHash >>> 32));
    }

    private static int[] distinct(int[] values, int size) {
        int[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int kept = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[kept++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, kept);
    }

    /** The latest year written as four digits standing alone (not part of a longer number), 0 when none. */
    static int latestYear(String text) {
        int latest = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!isAsciiDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && isAsciiDigit(text.charAt(i))) {
                i++;
            }
            if (i - start == 4 && standsAlone(text, start, i)) {
                int year = Integer.parseInt(text, start, i, 10);
                if (year >= FIRST_YEAR && year <= LAST_YEAR) {
                    latest = Math.max(latest, year);
                }
            }
        }
        return latest;
    }

    /** Not a part of "2,013", "20.13" or "1,2013": no separator joins it to other digits. */
    private static boolean standsAlone(String text, int start, int end) {
        boolean joinedBefore = start >= 2 && (text.charAt(start - 1) == ',' || text.charAt(start - 1) == '.')
                && isAsciiDigit(text.charAt(start - 2));
        boolean joinedAfter = end + 1 < text.length() && (text.charAt(end) == ',' || text.charAt(end) == '.')
                && isAsciiDigit(text.charAt(end + 1));
        return !joinedBefore && !joinedAfter;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
