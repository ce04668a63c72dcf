package org.echotrace.outlets;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.echotrace.domain.Document;
import org.echotrace.domain.DocumentOutlet;

/**
 * Which outlet each document is counted under: its outlet field, else the site name its record gives,
 * else the registered domain of its address, else {@code unknown: <id>}. One outlet spelt several ways
 * ("Daily Courier", "DAILY COURIER") is one: names are compared by their letters and digits, and the
 * spelling most of its documents use is kept.
 */
final class OutletNames {

    /** Record fields (besides {@code outlet}) that name the site, as crawls and exports spell them. */
    private static final List<String> SITE_NAME_FIELDS = List.of("site_name", "siteName", "site", "publisher", "source_name");
    static final String UNKNOWN = "unknown: ";

    private OutletNames() {
    }

    static List<DocumentOutlet> of(List<Document> documents) {
        List<DocumentOutlet> raw = documents.stream().map(OutletNames::of).toList();
        // a corpus has many documents per outlet: each spelling's key is made once, not twice a document
        Map<String, String> keys = new HashMap<>();
        Map<String, Map<String, Integer>> spellings = new HashMap<>();
        for (DocumentOutlet d : raw) {
            spellings.computeIfAbsent(keys.computeIfAbsent(d.outlet(), OutletNames::key), k -> new HashMap<>())
                    .merge(d.outlet(), 1, Integer::sum);
        }
        Map<String, String> chosen = new HashMap<>();
        spellings.forEach((key, counts) -> chosen.put(key, preferred(counts)));
        return raw.stream().map(d -> spelled(d, chosen.get(keys.get(d.outlet())))).toList();
    }

    /** The most used spelling; between equally used ones, the least shouted ("Daily Courier", not "DAILY COURIER"). */
    static String preferred(Map<String, Integer> spellings) {
        Comparator<Map.Entry<String, Integer>> preferred = Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(e -> e.getKey().chars().filter(Character::isUpperCase).count())
                .thenComparing(Map.Entry.comparingByKey());
        return spellings.entrySet().stream().min(preferred).orElseThrow().getKey();
    }

    static DocumentOutlet spelled(DocumentOutlet outlet, String spelling) {
        return new DocumentOutlet(outlet.document(), spelling, outlet.inferred());
    }

    static DocumentOutlet of(Document d) {
        if (present(d.outlet())) {
            String name = d.outlet().strip();
            // ingest names an outlet after its page's host when the page names none: fold that host too
            String domain = d.outletInferred() && RegisteredDomain.looksLikeHost(name) ? RegisteredDomain.ofHost(name) : null;
            return new DocumentOutlet(d.id(), domain != null ? domain : name, d.outletInferred());
        }
        for (String field : SITE_NAME_FIELDS) {
            String site = d.metadata().get(field);
            if (present(site) && !isJsonStructure(site)) {
                return new DocumentOutlet(d.id(), site.strip(), false);
            }
        }
        String domain = RegisteredDomain.ofAddress(d.url());
        return domain != null ? new DocumentOutlet(d.id(), domain, true) : new DocumentOutlet(d.id(), UNKNOWN + d.id(), true);
    }

    static boolean isUnknown(String outlet) {
        return outlet.startsWith(UNKNOWN);
    }

    /** Spellings of one outlet share this key: its letters and digits, lower-cased. */
    static String key(String name) {
        String letters = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
        return isUnknown(name) || letters.isEmpty() ? name : letters;
    }

    /** Metadata keeps objects and arrays as their JSON text; a publisher object is not a name. */
    private static boolean isJsonStructure(String value) {
        String s = value.strip();
        return s.startsWith("{") || s.startsWith("[");
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
