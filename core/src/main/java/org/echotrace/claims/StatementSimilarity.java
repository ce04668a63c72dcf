package org.echotrace.claims;

import java.util.HashSet;
import java.util.Set;
import org.echotrace.text.Stopwords;
import org.echotrace.text.TokenizedText;
import org.echotrace.text.WordTokenizer;

/**
 * How alike two statements are: in meaning (cosine of their sentence vectors) and in words (the share of
 * the shorter statement's content words the other also has).
 */
final class StatementSimilarity {

    private StatementSimilarity() {
    }

    /** Lower-cased content words, a plural "s" dropped so "member" and "members" meet. */
    static Set<String> contentWords(String text) {
        TokenizedText tokens = WordTokenizer.tokenize(text);
        Set<String> words = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            String term = tokens.term(i);
            if (!Stopwords.isStopword(term) && term.chars().anyMatch(Character::isLetter)) {
                words.add(term.length() > 3 && term.endsWith("s") && !term.endsWith("ss")
                        ? term.substring(0, term.length() - 1) : term);
            }
        }
        return words;
    }

    /** |a ∩ b| / min(|a|, |b|); 0 when either is empty. */
    static double containment(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        long shared = small.stream().filter(large::contains).count();
        return (double) shared / small.size();
    }
}
