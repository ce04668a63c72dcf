package org.echotrace.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.echotrace.domain.Document;
import org.echotrace.domain.StoryEvent;
import org.echotrace.text.Stopwords;
import org.echotrace.text.TokenizedText;
import org.echotrace.text.WordTokenizer;

/**
 * Describes a story's event ({@link StoryEvent}) from its members' leads: the first
 * {@value EventProfile#LEAD_CHARS} characters of each text, where news tells what happened, who, where and
 * when. Each member counts once for each item it writes; the members are read in id order, so a story gets
 * the same event whatever order its reports came in.
 *
 * <p>A name is as {@link EventProfile} reads one: a run of capitalised words the text never writes in lower
 * case, no stopword, month or weekday; a lone capitalised word that only opens a sentence (or stands in a
 * headline's title case) counts only when the text also writes it capitalised within a sentence.
 */
public final class StoryEvents {

    /** Items of each kind a story shows: an overview, not an index. */
    static final int MAX_ITEMS = 6;
    /** Capitals in a row from which a word is a shouted headline or dateline word ("WASHINGTON"), not a name. */
    private static final int SHOUTED = 6;
    private static final int SHORTEST_ACTION = 4;
    /** Writings of a word looked at for one within a sentence: bounds the cost on a long text. */
    private static final int MAX_LOOKS = 64;
    private static final Set<String> PLACE_WORDS = Set.of("in", "at", "near", "from");
    /** Words of the reporting itself: every story's leads have them, no event is told by them. */
    private static final Set<String> REPORTING_WORDS = Set.of("said", "says", "told", "tells", "according",
            "reported", "reports", "reporting", "report", "added", "stated", "announced", "quoted", "quoting",
            "news", "agency", "correspondent", "sources", "source", "statement", "spokesman", "spokeswoman",
            "spokesperson", "officials", "official", "today", "yesterday", "tomorrow", "week", "month", "year",
            "years", "time", "people", "also", "would", "could", "should", "will");
    private static final Set<String> SCALE_WORDS = Set.of("hundred", "thousand", "million", "billion", "trillion");
    private static final Pattern FIGURE = Pattern.compile(
            "(?<![\\p{L}\\d,.-])(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?![\\d:])(\\s+(?:" + String.join("|", SCALE_WORDS)
                    + "))?(?:\\s+|-)(\\p{Ll}[\\p{Ll}-]+\\p{Ll}|per cent)(?![\\p{L}-])");

    private static final Pattern YEAR = Pattern.compile("19\\d\\d|20\\d\\d");

    private StoryEvents() {
    }

    /** The event of a story made of these documents. */
    public static StoryEvent of(List<Document> members) {
        List<Document> byId = new ArrayList<>(members);
        byId.sort(Comparator.comparing(Document::id));
        Tally actions = new Tally();
        Tally names = new Tally();
        Set<String> places = new HashSet<>();
        Tally figures = new Tally();
        Map<Integer, Integer> published = new HashMap<>();
        Map<Integer, Integer> written = new HashMap<>();
        for (Document member : byId) {
            Lead lead = Lead.of(member.text(), member.title());
            actions.countOnce(lead.actions());
            names.countOnce(lead.names());
            lead.places().forEach(place -> places.add(place.toLowerCase(Locale.ROOT)));
            figures.countOnce(lead.figures());
            if (member.published() != null) {
                published.merge(member.published().date().getYear(), 1, Integer::sum);
            }
            int latest = EventProfile.latestYear(member.text());
            if (latest > 0) {
                written.merge(latest, 1, Integer::sum);
            }
        }
        int least = byId.size() > 1 ? 2 : 1;
        int datedMembers = published.values().stream().mapToInt(Integer::intValue).sum();
        boolean byPublication = datedMembers * 2 >= byId.size() && datedMembers > 0;
        int year = mostCommon(byPublication ? published : written);
        String yearFrom = year == 0 ? null : byPublication ? "published" : "written";
        List<String> shared = withoutShortForms(names.top(least, Integer.MAX_VALUE));
        List<String> where = shared.stream().filter(name -> places.contains(name.toLowerCase(Locale.ROOT)))
                .limit(MAX_ITEMS).toList();
        List<String> who = shared.stream().filter(name -> !places.contains(name.toLowerCase(Locale.ROOT)))
                .limit(MAX_ITEMS).toList();
        return new StoryEvent(actions.top(least, MAX_ITEMS), who, where, year, yearFrom,
                figures.top(least, MAX_ITEMS));
    }

    /**
     * The names without those that are only a part of another listed name: "Trump" beside "Donald Trump" is the
     * same actor, written short after the first mention.
     */
    private static List<String> withoutShortForms(List<String> names) {
        return names.stream().filter(name -> names.stream().noneMatch(longer -> longer.length() > name.length()
                && (" " + longer + " ").contains(" " + name + " "))).toList();
    }

    /** The value most members have, the later year on a tie; 0 when none. */
    private static int mostCommon(Map<Integer, Integer> counts) {
        return counts.entrySet().stream()
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(0);
    }

    /** How many members write each item (keyed in lower case), and the spelling the first of them used. */
    private static final class Tally {
        private final Map<String, Integer> members = new HashMap<>();
        private final Map<String, String> spelling = new LinkedHashMap<>();

        void countOnce(List<String> items) {
            Set<String> seen = new LinkedHashSet<>();
            for (String item : items) {
                String key = item.toLowerCase(Locale.ROOT);
                if (seen.add(key)) {
                    members.merge(key, 1, Integer::sum);
                    spelling.putIfAbsent(key, item);
                }
            }
        }

        /** Items at least {@code least} members write, the most written first, then in order of first writing. */
        List<String> top(int least, int most) {
            List<String> order = new ArrayList<>(spelling.keySet());
            Map<String, Integer> first = new HashMap<>();
            for (int i = 0; i < order.size(); i++) {
                first.put(order.get(i), i);
            }
            return order.stream().filter(key -> members.get(key) >= least)
                    .sorted(Comparator.comparingInt((String key) -> -members.get(key)).thenComparing(first::get))
                    .limit(most).map(spelling::get).toList();
        }
    }

    /** What one lead writes: its action words, names, the names it writes as places, figures, in order. */
    private record Lead(List<String> actions, List<String> names, List<String> places, List<String> figures) {

        /** @param title the headline, given or read from the text; null when none */
        static Lead of(String text, String title) {
            int end = leadEnd(text);
            TokenizedText words = WordTokenizer.tokenize(text, 0, end);
            List<String> actions = title == null ? new ArrayList<>() : headlineActions(title, text);
            List<String> names = new ArrayList<>();
            List<String> places = new ArrayList<>();
            int i = 0;
            while (i < words.size()) {
                if (!startsName(text, words, i)) {
                    String term = words.term(i);
                    if (isActionWord(text, words, i, term)) {
                        actions.add(term);
                    }
                    i++;
                    continue;
                }
                int last = i;
                while (!isPossessive(text, words, last) && last + 1 < words.size()
                        && isNameWord(text, words, last + 1)
                        && isOnlySpaceBetween(text, words.end(last), words.start(last + 1))) {
                    last++;
                }
                int nameEnd = isPossessive(text, words, last) ? words.end(last) - 2 : words.end(last);
                String name = text.substring(words.start(i), nameEnd);
                // a headline in title case capitalises every word: its runs count where the text writes them so too
                boolean named = last > i && !inTitleCaseLine(text, words.start(i)) || standsAsName(text, name);
                // capitals only over several words are a shouted label ("FULL TEXT", "BREAKING NEWS"), not a name
                boolean shoutedRun = last > i && name.chars().noneMatch(Character::isLowerCase);
                if (named && !shoutedRun && !Stopwords.isStopword(words.term(last))
                        && !isLowerCaseElsewhere(text, name)) {
                    names.add(name);
                    if (i > 0 && PLACE_WORDS.contains(words.term(i - 1))
                            && isOnlySpaceBetween(text, words.end(i - 1), words.start(i))) {
                        places.add(name);
                    }
                }
                i = last + 1;
            }
            return new Lead(actions, names, places, figures(text.substring(0, end)));
        }

        /**
         * A headline's words of what happened, first: in lower case, the headline's names left out (a word the
         * text writes capitalised within a sentence and never in lower case), as title case capitalises all.
         */
        private static List<String> headlineActions(String title, String text) {
            TokenizedText words = WordTokenizer.tokenize(title);
            List<String> actions = new ArrayList<>();
            for (int i = 0; i < words.size(); i++) {
                String term = words.term(i);
                String written = title.substring(words.start(i), words.end(i));
                boolean name = Character.isUpperCase(written.charAt(0)) && standsAsName(text, written)
                        && !isLowerCaseElsewhere(text, written);
                if (!name && term.length() >= SHORTEST_ACTION && saysWhatHappened(term)) {
                    actions.add(term);
                }
            }
            return actions;
        }

        /** The lead ends at a word's end: no word is cut in two. */
        private static int leadEnd(String text) {
            int end = Math.min(text.length(), EventProfile.LEAD_CHARS);
            while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
                end++;
            }
            return end;
        }

        private static boolean isNameWord(String text, TokenizedText words, int i) {
            int start = words.start(i);
            int length = words.end(i) - start;
            String term = withoutPossessive(text.substring(start, words.end(i)).toLowerCase(Locale.ROOT));
            return Character.isUpperCase(text.charAt(start)) && length >= 2 && !StoryNaming.isCalendarWord(term)
                    && !isShouted(text, start, words.end(i));
        }

        /** "tuesday" of "tuesday's": a weekday's possessive is still a weekday. */
        private static String withoutPossessive(String term) {
            return term.endsWith("'s") || term.endsWith("\u2019s") ? term.substring(0, term.length() - 2) : term;
        }

        /**
         * A name starts with a name word that is no stopword, or with a capitalised stopword within a sentence
         * ("in New Zealand"); one that opens a sentence is the sentence's ("The", "New rules").
         */
        private static boolean startsName(String text, TokenizedText words, int i) {
            return isNameWord(text, words, i)
                    && (!Stopwords.isStopword(words.term(i)) || !opensSentence(text, words.start(i)));
        }

        /** A word ending in 's: the name it ends is complete ("Japan's prime minister"). */
        private static boolean isPossessive(String text, TokenizedText words, int i) {
            int end = words.end(i);
            return end - words.start(i) > 3 && text.charAt(end - 1) == 's'
                    && (text.charAt(end - 2) == '\'' || text.charAt(end - 2) == '\u2019');
        }

        private static boolean isShouted(String text, int start, int end) {
            int capitals = 0;
            for (int k = start; k < end; k++) {
                capitals = Character.isUpperCase(text.charAt(k)) ? capitals + 1 : 0;
                if (capitals >= SHOUTED) {
                    return true;
                }
            }
            return false;
        }

        private static boolean isActionWord(String text, TokenizedText words, int i, String term) {
            int start = words.start(i);
            return words.end(i) - start >= SHORTEST_ACTION && Character.isLowerCase(text.charAt(start))
                    && saysWhatHappened(term);
        }

        /** A word of letters that is no stopword, no word of the reporting itself and no calendar word. */
        private static boolean saysWhatHappened(String term) {
            return term.chars().allMatch(Character::isLetter) && !Stopwords.isStopword(term)
                    && !REPORTING_WORDS.contains(term) && !StoryNaming.isCalendarWord(term);
        }

        /**
         * A lone capitalised word (or a run in a title-case headline) is a name when the text writes it so
         * within a sentence somewhere: a capital that only opens a sentence or a headline says nothing.
         */
        private static boolean standsAsName(String text, String word) {
            int from = 0;
            for (int looked = 0; looked < MAX_LOOKS; looked++) {
                int at = text.indexOf(word, from);
                if (at < 0) {
                    return false;
                }
                if (isWholeWord(text, at, at + word.length()) && !opensSentence(text, at)
                        && !inTitleCaseLine(text, at)) {
                    return true;
                }
                from = at + word.length();
            }
            return false;
        }

        private static boolean opensSentence(String text, int at) {
            int k = at - 1;
            while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '"' || text.charAt(k) == '\u201c'
                    || text.charAt(k) == '\'' || text.charAt(k) == '(')) {
                k--;
            }
            return k < 0 || ".!?:\n\u2013\u2014-".indexOf(text.charAt(k)) >= 0;
        }

        /** A line most of whose longer words start with a capital: a headline in title case. */
        private static boolean inTitleCaseLine(String text, int at) {
            int start = text.lastIndexOf('\n', at) + 1;
            int end = text.indexOf('\n', at);
            TokenizedText line = WordTokenizer.tokenize(text, start, end < 0 ? text.length() : end);
            int longer = 0;
            int capitalised = 0;
            for (int k = 0; k < line.size(); k++) {
                if (line.end(k) - line.start(k) >= SHORTEST_ACTION) {
                    longer++;
                    capitalised += Character.isUpperCase(text.charAt(line.start(k))) ? 1 : 0;
                }
            }
            return longer >= 3 && capitalised * 10 >= longer * 7;
        }

        /** Whether the text writes the name in lower case anywhere ("the Court" and "a court"). */
        private static boolean isLowerCaseElsewhere(String text, String name) {
            String lower = name.toLowerCase(Locale.ROOT);
            int from = 0;
            while (true) {
                int at = text.indexOf(lower, from);
                if (at < 0) {
                    return false;
                }
                if (isWholeWord(text, at, at + lower.length())) {
                    return true;
                }
                from = at + 1;
            }
        }

        private static boolean isWholeWord(String text, int start, int end) {
            return (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
        }

        private static boolean isOnlySpaceBetween(String text, int from, int to) {
            return to - from == 1 && text.charAt(from) == ' ';
        }

        /** Numbers with the word they count; not years, times, dates, ordinals. */
        private static List<String> figures(String lead) {
            List<String> figures = new ArrayList<>();
            Matcher m = FIGURE.matcher(lead);
            while (m.find()) {
                String number = m.group(1);
                String counted = m.group(3);
                boolean year = m.group(2) == null && YEAR.matcher(number).matches();
                if (year || Stopwords.isStopword(counted) || StoryNaming.isCalendarWord(counted)
                        || isDatePart(lead, m.start())) {
                    continue;
                }
                figures.add(number + (m.group(2) == null ? "" : m.group(2)) + " " + counted);
            }
            return figures;
        }

        /** A day of a month: a month's name just before it ("March 3"). */
        private static boolean isDatePart(String lead, int start) {
            int k = start - 1;
            while (k >= 0 && (lead.charAt(k) == ' ' || lead.charAt(k) == '.')) {
                k--;
            }
            int wordEnd = k + 1;
            while (k >= 0 && Character.isLetter(lead.charAt(k))) {
                k--;
            }
            return wordEnd > k + 1 && StoryNaming.isCalendarWord(lead.substring(k + 1, wordEnd).toLowerCase(Locale.ROOT));
        }
    }
}
