package org.echotrace.domain;

import java.util.List;
import java.util.Objects;

/**
 * Everything one analysis found. Serialised as {@code report.json}; the schema is written down in
 * {@code docs/report-format.md}.
 *
 * @param generator name and version of the program that wrote it
 * @param settings  the settings the analysis ran with (reuse, stories, claims), so a reader can run it again
 * @param entities     people, organisations and places, merged across documents
 * @param attributions who is said to have said what, in document order
 * @param claims       statements of each story grouped by what they assert, with sources and conflicts
 * @param timeline     dated events, one row per event told by one or more documents
 * @param labels       the words documents use for entities (descriptors), evaluative or neutral, with their voice
 * @param outletLabels per story and entity, the descriptors each outlet uses, how often, and where outlets differ
 * @param referenceDates what each document's relative dates were resolved against, and documents
 *                     flagged as republishing older material
 * @param problems     inputs that could not be read, with the reason
 * @param outlets      who copies whom one level up: outlets, the edges between them, chains of copies
 */
public record Report(
        String generator,
        AnalysisSettings settings,
        List<Document> documents,
        List<ReusePair> reuse,
        List<Story> stories,
        List<Entity> entities,
        List<Attribution> attributions,
        List<Claim> claims,
        List<TimelineEntry> timeline,
        List<Label> labels,
        List<EntityLabels> outletLabels,
        List<ReferenceDate> referenceDates,
        List<Diagnostic> problems,
        OutletGraph outlets) {

    public Report {
        Objects.requireNonNull(generator, "generator");
        documents = List.copyOf(documents);
        reuse = List.copyOf(reuse);
        stories = List.copyOf(stories);
        entities = List.copyOf(entities);
        attributions = List.copyOf(attributions);
        claims = List.copyOf(claims);
        timeline = List.copyOf(timeline);
        labels = List.copyOf(labels);
        outletLabels = List.copyOf(outletLabels);
        referenceDates = List.copyOf(referenceDates);
        problems = List.copyOf(problems);
        outlets = outlets == null ? OutletGraph.EMPTY : outlets;
    }

    /** A report before its outlet graph is built. */
    public Report(String generator, AnalysisSettings settings, List<Document> documents, List<ReusePair> reuse,
                  List<Story> stories, List<Entity> entities, List<Attribution> attributions, List<Claim> claims,
                  List<TimelineEntry> timeline, List<Label> labels, List<EntityLabels> outletLabels,
                  List<ReferenceDate> referenceDates, List<Diagnostic> problems) {
        this(generator, settings, documents, reuse, stories, entities, attributions, claims, timeline, labels,
                outletLabels, referenceDates, problems, OutletGraph.EMPTY);
    }

    /** The same report with its outlet graph. */
    public Report withOutlets(OutletGraph newOutlets) {
        return new Report(generator, settings, documents, reuse, stories, entities, attributions, claims, timeline,
                labels, outletLabels, referenceDates, problems, newOutlets);
    }

    /** The same report with other claims (a store keeps each story's claims apart from its articles). */
    public Report withClaims(List<Claim> newClaims) {
        return new Report(generator, settings, documents, reuse, stories, entities, attributions, newClaims, timeline,
                labels, outletLabels, referenceDates, problems, outlets);
    }

    /** A report of text reuse and stories only, without the language layer. */
    public Report(String generator, AnalysisSettings settings, List<Document> documents, List<ReusePair> reuse,
                  List<Story> stories, List<Diagnostic> problems) {
        this(generator, settings, documents, reuse, stories, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), problems);
    }

    /** A report with the language layer but without claims. */
    public Report(String generator, AnalysisSettings settings, List<Document> documents, List<ReusePair> reuse,
                  List<Story> stories, List<Entity> entities, List<Attribution> attributions,
                  List<TimelineEntry> timeline, List<Label> labels, List<EntityLabels> outletLabels,
                  List<ReferenceDate> referenceDates, List<Diagnostic> problems) {
        this(generator, settings, documents, reuse, stories, entities, attributions, List.of(), timeline, labels,
                outletLabels, referenceDates, problems);
    }
}
