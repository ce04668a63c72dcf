package org.echotrace.nlp.attribution;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.echotrace.nlp.BundledResources;

/**
 * The gender a person's name tells, for "he" and "she": a title before it ("Mr.", "Ms."), else its first name in
 * the first-name list that ships with CoreNLP's models (14,600 names, from its coreference system). A lone word is
 * taken for a surname and tells nothing.
 */
final class NameGenders {

    static final String RESOURCE = "/edu/stanford/nlp/models/dcoref/namegender.combine.txt";
    private static final Set<String> MALE_TITLES = Set.of("mr", "mr.", "sir", "lord", "king", "prince");
    private static final Set<String> FEMALE_TITLES = Set.of("mrs", "mrs.", "ms", "ms.", "miss", "madam", "dame",
            "lady", "queen", "princess");

    private static final class Holder {
        static final Map<String, Antecedent.Gender> FIRST_NAMES = load();
    }

    private NameGenders() {
    }

    /**
     * @param name     the name's tokens
     * @param previous the token before the name, or null
     */
    static Antecedent.Gender of(List<CoreLabel> name, CoreLabel previous) {
        Antecedent.Gender titled = previous == null ? Antecedent.Gender.UNKNOWN : ofTitle(previous.word());
        if (titled != Antecedent.Gender.UNKNOWN || name.isEmpty()) {
            return titled;
        }
        Antecedent.Gender first = ofTitle(name.get(0).word());
        if (first != Antecedent.Gender.UNKNOWN || name.size() < 2) {
            return first;
        }
        return Holder.FIRST_NAMES.getOrDefault(name.get(0).word().toLowerCase(Locale.ROOT), Antecedent.Gender.UNKNOWN);
    }

    /** Whether a word is a first name of the list ("Danny"), whatever its gender. */
    static boolean isFirstName(String word) {
        return Holder.FIRST_NAMES.containsKey(word.toLowerCase(Locale.ROOT));
    }

    private static Antecedent.Gender ofTitle(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (MALE_TITLES.contains(w)) {
            return Antecedent.Gender.MALE;
        }
        return FEMALE_TITLES.contains(w) ? Antecedent.Gender.FEMALE : Antecedent.Gender.UNKNOWN;
    }

    private static Map<String, Antecedent.Gender> load() {
        return BundledResources.read(RESOURCE, reader -> {
            Map<String, Antecedent.Gender> genders = new HashMap<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.split("\t");
                if (f.length == 2 && (f[1].equals("MALE") || f[1].equals("FEMALE"))) {
                    genders.put(f[0].toLowerCase(Locale.ROOT), Antecedent.Gender.valueOf(f[1]));
                }
            }
            return Map.copyOf(genders);
        });
    }
}
