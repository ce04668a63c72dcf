package org.echotrace.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.echotrace.domain.Attribution;
import org.echotrace.domain.ClaimSource;
import org.echotrace.domain.Document;
import org.echotrace.domain.SourceKind;
import org.echotrace.domain.Statement;

/**
 * Where one claim comes from: the sources its documents give, followed back through the outlets that
 * passed them on. When a document cites an outlet ("according to the agency") and another source in the
 * story spoke through that same outlet ("a source told the agency"), the claim rests on that source, not
 * on the outlet.
 */
final class ProvenanceTracer {

    /** The claim's sources, earliest document and documents that give none. */
    record Provenance(List<ClaimSource> sources, String firstDocument, List<String> repeatedUnsourced) {
    }

    private final List<Attribution> attributions;
    private final SourceKeys keys;
    private final Map<String, Document> documents = new LinkedHashMap<>();

    ProvenanceTracer(List<Attribution> attributions, SourceKeys keys, List<Document> documents) {
        this.attributions = attributions;
        this.keys = keys;
        documents.forEach(d -> this.documents.put(d.id(), d));
    }

    /**
     * @param story the attributions of every document of the claim's story, through which outlet
     *              citations are followed back
     */
    Provenance trace(List<Statement> claim, List<Attribution> story) {
        Map<String, Resolved> sources = new LinkedHashMap<>();
        Set<String> sourced = new LinkedHashSet<>();
        for (Statement s : claim) {
            Attribution a = s.attribution() == null ? null : attributions.get(s.attribution());
            if (a != null && Speech.vouches(a)) {
                sourced.add(s.document());
                for (Attribution original : originals(a, claim, story)) {
                    sources.computeIfAbsent(keys.of(original), k -> new Resolved(original, new LinkedHashSet<>()))
                            .documents().add(s.document());
                }
            }
        }
        List<String> unsourced = claim.stream().map(Statement::document).distinct()
                .filter(d -> !sourced.contains(d)).toList();
        return new Provenance(sources.values().stream().map(this::source).toList(), first(claim), unsourced);
    }

    private record Resolved(Attribution attribution, Set<String> documents) {
    }

    private ClaimSource source(Resolved r) {
        Attribution a = r.attribution();
        return new ClaimSource(a.source().text(), a.source().kind(), a.source().entity(),
                a.via() == null ? null : keys.viaName(a), List.copyOf(r.documents()));
    }

    /**
     * A named source that other sources spoke through (an outlet cited as "according to the agency") stands
     * for them: those of this claim if any, else those anywhere in the story. An unnamed outlet ("media
     * reported") stands for the one outlet the claim's other documents name, if they name exactly one.
     * Any other source is original itself.
     */
    private List<Attribution> originals(Attribution a, List<Statement> claim, List<Attribution> story) {
        if (a.source().kind() == SourceKind.ANONYMOUS) {
            return List.of(a);
        }
        String outlet = isUnnamedOutlet(a) ? namedOutlet(claim).orElse(keys.of(a)) : keys.of(a);
        List<Attribution> inClaim = new ArrayList<>();
        List<Attribution> inStory = new ArrayList<>();
        for (Attribution other : story) {
            if (Speech.vouches(other) && outlet.equals(keys.via(other))) {
                (covers(claim, other) ? inClaim : inStory).add(other);
            }
        }
        return !inClaim.isEmpty() ? inClaim.subList(0, 1) : !inStory.isEmpty() ? inStory.subList(0, 1) : List.of(a);
    }

    private static boolean isUnnamedOutlet(Attribution a) {
        return a.source().kind() == SourceKind.MEDIA && a.source().entity() == null;
    }

    /** The one outlet the claim's sources spoke through, if they name exactly one. */
    private java.util.Optional<String> namedOutlet(List<Statement> claim) {
        Set<String> outlets = new LinkedHashSet<>();
        for (Statement s : claim) {
            Attribution a = s.attribution() == null ? null : attributions.get(s.attribution());
            if (a != null && Speech.vouches(a) && keys.via(a) != null) {
                outlets.add(keys.via(a));
            }
        }
        return outlets.size() == 1 ? java.util.Optional.of(outlets.iterator().next()) : java.util.Optional.empty();
    }

    private boolean covers(List<Statement> claim, Attribution a) {
        return claim.stream().anyMatch(s -> s.attribution() != null && attributions.get(s.attribution()).equals(a));
    }

    /** The earliest published document that makes the claim; null when none of them is dated. */
    private String first(List<Statement> claim) {
        return claim.stream().map(Statement::document).distinct().map(documents::get).filter(Objects::nonNull)
                .filter(d -> d.published() != null)
                .min(Comparator.comparing(Document::published)).map(Document::id).orElse(null);
    }
}
