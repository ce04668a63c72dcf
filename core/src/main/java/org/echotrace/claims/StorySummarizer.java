package org.echotrace.claims;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.echotrace.domain.Claim;
import org.echotrace.domain.ClaimSource;
import org.echotrace.domain.SourceKind;
import org.echotrace.domain.Story;
import org.echotrace.domain.StorySummary;

/** Counts what a story's claims rest on and says it in plain sentences. */
final class StorySummarizer {

    private StorySummarizer() {
    }

    static StorySummary summarize(Story story, List<Claim> claims) {
        Map<String, ClaimSource> independent = new LinkedHashMap<>();
        claims.forEach(c -> c.sources().forEach(s -> independent.putIfAbsent(key(s), s)));
        int anonymous = (int) independent.values().stream().filter(s -> s.kind() == SourceKind.ANONYMOUS).count();
        List<Claim> single = claims.stream()
                .filter(c -> c.sources().size() == 1 && c.sources().get(0).kind() == SourceKind.ANONYMOUS).toList();
        List<StorySummary.DocumentCount> additions = unsourcedAdditions(story, claims);
        List<String> sentences = new ArrayList<>();
        sentences.add(count(story.documents().size(), "report") + "; " + count(independent.size(), "independent source")
                + ": " + (independent.size() - anonymous) + " named, " + anonymous + " anonymous.");
        singleSourceSentence(story, single).ifPresent(sentences::add);
        if (!additions.isEmpty()) {
            sentences.add("Claims that nobody sources, made by one report alone: " + String.join(", ",
                    additions.stream().map(a -> a.document() + " (" + a.count() + ")").toList()) + ".");
        }
        return new StorySummary(story.documents().size(), independent.size() - anonymous, anonymous, single.size(),
                additions, sentences);
    }

    /** Sources are one when they name the same entity, or are unnamed and spoke through the same outlet. */
    static String key(ClaimSource s) {
        if (s.kind() == SourceKind.ANONYMOUS) {
            return "anonymous:" + (s.via() == null ? "" : s.via());
        }
        return s.entity() != null ? "e:" + s.entity() : "t:" + s.text().toLowerCase(java.util.Locale.ROOT);
    }

    /** The anonymous source that the most claims rest on alone, with the reports those claims are in. */
    private static java.util.Optional<String> singleSourceSentence(Story story, List<Claim> single) {
        Map<String, List<Claim>> bySource = new LinkedHashMap<>();
        single.forEach(c -> bySource.computeIfAbsent(key(c.sources().get(0)), k -> new ArrayList<>()).add(c));
        return bySource.values().stream().max(java.util.Comparator.comparingInt(List::size)).map(claims -> {
            ClaimSource source = claims.get(0).sources().get(0);
            Set<String> reports = new LinkedHashSet<>();
            claims.forEach(c -> reports.addAll(c.documents()));
            List<String> inOrder = story.documents().stream().filter(reports::contains).toList();
            String where = inOrder.size() == story.documents().size() && inOrder.size() > 1
                    ? "all " + inOrder.size() + " reports" : count(inOrder.size(), "report");
            return count(claims.size(), "claim") + " in " + where + " (" + String.join(", ", inOrder)
                    + ") rest on one anonymous source" + (source.via() == null ? "" : " speaking through " + source.via())
                    + ", and on nothing else.";
        });
    }

    private static List<StorySummary.DocumentCount> unsourcedAdditions(Story story, List<Claim> claims) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Claim c : claims) {
            if (c.unattributed() && c.documents().size() == 1) {
                counts.merge(c.documents().get(0), 1, Integer::sum);
            }
        }
        return story.documents().stream().filter(counts::containsKey)
                .map(d -> new StorySummary.DocumentCount(d, counts.get(d))).toList();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
