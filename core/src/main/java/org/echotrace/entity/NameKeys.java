package org.echotrace.entity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Normal forms of names, so that spellings of one name meet: a comparison key that ignores case,
 * accents, hyphens, a leading "the" and a possessive; and a transliteration skeleton that also ignores
 * vowels after the first letter, doubled letters and q/k ("Mohammed"/"Muhammad", "Qaddafi"/"Kaddafi").
 */
final class NameKeys {

    /** Trailing words that name the kind of body rather than which one ("X Organization", "X News Agency"). */
    private static final Set<String> GENERIC_TAILS = Set.of("organization", "organisation", "group", "movement",
            "agency", "news", "party", "network");
    private static final String VOWELS = "aeiouy";
    private static final double MIN_SPELLING_SIMILARITY = 0.7;

    private NameKeys() {
    }

    static String key(String surface) {
        String s = Normalizer.normalize(surface, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        s = s.toLowerCase(Locale.ROOT).replaceAll("['’]s$", "").replaceAll("[-_‐–/]", " ");
        s = s.replaceAll("[^\\p{L}\\p{N} ]", "").replaceAll("\\s+", " ").strip();
        return s.startsWith("the ") ? s.substring(4) : s;
    }

    static List<String> words(String key) {
        return key.isEmpty() ? List.of() : Arrays.asList(key.split(" "));
    }

    /** The key without generic trailing words, or the key itself when nothing else would remain. */
    static String withoutGenericTail(String key) {
        List<String> words = new ArrayList<>(words(key));
        while (words.size() > 1 && GENERIC_TAILS.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        return String.join(" ", words);
    }

    /** The transliteration skeleton, or "" when the name is too short for its skeleton to be telling. */
    static String skeleton(String key) {
        StringBuilder all = new StringBuilder();
        for (String word : words(key)) {
            if (word.length() < 2 || !word.chars().allMatch(Character::isLetter)) {
                continue;
            }
            all.append(wordSkeleton(word)).append(' ');
        }
        String skeleton = all.toString().strip();
        return skeleton.replace(" ", "").length() >= 5 ? skeleton : "";
    }

    private static String wordSkeleton(String word) {
        String w = word.replace('q', 'k').replace("ph", "f");
        StringBuilder out = new StringBuilder().append(w.charAt(0));
        for (int i = 1; i < w.length(); i++) {
            char c = w.charAt(i);
            if (VOWELS.indexOf(c) < 0 && c != out.charAt(out.length() - 1)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** True when two keys are spellings of one transliterated name: same skeleton, and they look alike. */
    static boolean variantSpellings(String keyA, String keyB) {
        String skeleton = skeleton(withoutGenericTail(keyA));
        return !skeleton.isEmpty() && skeleton.equals(skeleton(withoutGenericTail(keyB)))
                && similarity(withoutGenericTail(keyA), withoutGenericTail(keyB)) >= MIN_SPELLING_SIMILARITY;
    }

    /** True for names written as an acronym ("ABC", "AbC" is not one). */
    static boolean isAcronym(String surface) {
        return surface.length() >= 2 && surface.length() <= 8 && surface.chars().allMatch(Character::isUpperCase);
    }

    /** The first letters of a name's capitalised words ("United States" gives "US"); "" for one word. */
    static String initials(String surface) {
        String[] words = surface.strip().split("[\\s-]+");
        if (words.length < 2) {
            return "";
        }
        StringBuilder initials = new StringBuilder();
        for (String word : words) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                initials.append(word.charAt(0));
            }
        }
        return initials.toString();
    }

    /** Levenshtein similarity in [0, 1], to keep skeleton matches between spellings that look alike. */
    static double similarity(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        int longest = Math.max(a.length(), b.length());
        return longest == 0 ? 1 : 1 - (double) previous[b.length()] / longest;
    }
}
