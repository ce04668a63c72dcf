package org.echotrace.labels;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.echotrace.domain.Attribution;
import org.echotrace.domain.Document;
import org.echotrace.domain.Label;
import org.echotrace.domain.Span;
import org.echotrace.language.DocumentLanguage;
import org.echotrace.language.LabelCandidate;

/**
 * Turns the language layer's descriptor candidates into labels of entities, each with its voice. Which entity a
 * candidate's target denotes is the caller's knowledge (names and descriptions merged across documents), given
 * as a function; candidates whose target denotes no entity are dropped.
 */
public final class LabelAssigner {

    private final BiFunction<String, Span, Optional<String>> entityOf;

    /** @param entityOf the entity id a (document id, target span) denotes, if any */
    public LabelAssigner(BiFunction<String, Span, Optional<String>> entityOf) {
        this.entityOf = Objects.requireNonNull(entityOf, "entityOf");
    }

    /**
     * Labels in document order, then text order; the same words for the same entity once.
     *
     * @param attributions who said what, with sources linked: a quoted label is credited to its attribution's source
     */
    public List<Label> assign(List<Document> documents, List<DocumentLanguage> languages,
                              List<Attribution> attributions) {
        Map<String, String> texts = new LinkedHashMap<>();
        documents.forEach(d -> texts.put(d.id(), d.text()));
        List<Label> labels = new ArrayList<>();
        Map<String, Integer> order = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (DocumentLanguage language : languages) {
            order.putIfAbsent(language.document(), order.size());
            LabelVoices voices = new LabelVoices(texts.getOrDefault(language.document(), ""),
                    attributions.stream().filter(a -> a.document().equals(language.document())).toList());
            for (LabelCandidate candidate : language.labels()) {
                entityOf.apply(candidate.document(), candidate.target())
                        .filter(entity -> seen.add(entity + "\t" + candidate.document() + "\t" + candidate.label().span()))
                        .ifPresent(entity -> labels.add(label(entity, candidate, voices)));
            }
        }
        labels.sort(Comparator.comparingInt((Label l) -> order.get(l.document())).thenComparingInt(Label::start));
        return List.copyOf(labels);
    }

    private static Label label(String entity, LabelCandidate candidate, LabelVoices voices) {
        Span span = candidate.label().span();
        LabelVoices.Heard heard = voices.of(span);
        return new Label(entity, candidate.document(), candidate.label().text(), span.start(), span.end(),
                candidate.kind(), candidate.term(), candidate.family(), candidate.evidence(), heard.voice(),
                heard.quotedFrom());
    }
}
