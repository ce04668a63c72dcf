package org.echotrace.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.echotrace.domain.Attribution;
import org.echotrace.domain.AttributionSource;
import org.echotrace.domain.Document;
import org.echotrace.domain.EntityType;
import org.echotrace.domain.Mention;
import org.echotrace.domain.SourceKind;
import org.echotrace.domain.SpeechAct;
import org.echotrace.domain.TextSpan;
import org.echotrace.language.DocumentLanguage;
import org.echotrace.language.NameMention;
import org.junit.jupiter.api.Test;

/** Kinds of sources made to agree with the corpus's entities: outlets by every name, places only by theirs. */
class TestAttributionEntities {

    private static final String TEXT = "An official told Reuters that talks had stalled. Reuters said the talks would "
            + "resume. The United States said it would send envoys. NBC New York estimated the crowd at 70. Bruce Shaw of "
            + "AMD said the chips were safe. Ann Lee's lawyer Tom Ray said she was home. Ann Lee's lawyer said she left.";

    private static Mention mention(String surface, int from) {
        int start = TEXT.indexOf(surface, from);
        return new Mention("d", start, start + surface.length(), surface);
    }

    private static Attribution said(String source, SourceKind kind, String cue, String via) {
        Mention s = mention(source, 0);
        Mention c = mention(cue, s.end());
        int end = TEXT.indexOf('.', c.end());
        return new Attribution("d", new AttributionSource(source, s.start(), s.end(), kind, null, null),
                new TextSpan(cue, c.start(), c.end()), TextSpan.of(TEXT, c.end() + 1, end), false, via, SpeechAct.SPEECH);
    }

    private static Attribution saidAt(String source, int from) {
        Mention s = mention(source, from);
        Mention c = mention("said", s.end());
        return new Attribution("d", new AttributionSource(source, s.start(), s.end(), SourceKind.PERSON, null, null),
                new TextSpan("said", c.start(), c.end()), TextSpan.of(TEXT, c.end() + 1, TEXT.indexOf('.', c.end())), false,
                null, SpeechAct.SPEECH);
    }

    private static AttributionEntities.Linked linked() {
        List<NameMention> names = List.of(
                new NameMention(mention("Reuters", 0), EntityType.ORGANIZATION, null, false),
                new NameMention(mention("Reuters", TEXT.indexOf("Reuters said")), EntityType.PERSON, null, false),
                new NameMention(mention("United States", 0), EntityType.PLACE, null, false),
                new NameMention(mention("New York", 0), EntityType.PLACE, null, false),
                new NameMention(mention("Bruce Shaw", 0), EntityType.PERSON, null, false),
                new NameMention(mention("AMD", 0), EntityType.ORGANIZATION, null, false),
                new NameMention(mention("Ann Lee", 0), EntityType.PERSON, null, false),
                new NameMention(mention("Tom Ray", 0), EntityType.PERSON, null, false),
                new NameMention(mention("Ann Lee", TEXT.indexOf("home.")), EntityType.PERSON, null, false));
        EntityIndex entities = new EntityLinker().link(List.of(Document.of("d", TEXT)),
                List.of(new DocumentLanguage("d", names, List.of(), List.of(), List.of(), List.of())));
        return AttributionEntities.link(List.of(
                said("An official", SourceKind.ANONYMOUS, "told", "Reuters"),
                said("Reuters", SourceKind.PERSON, "said", null),
                said("The United States", SourceKind.ORGANIZATION, "said", null),
                said("NBC New York", SourceKind.ORGANIZATION, "estimated", null),
                said("Bruce Shaw of AMD", SourceKind.PERSON, "said", null),
                said("Ann Lee's lawyer Tom Ray", SourceKind.PERSON, "said", null),
                saidAt("Ann Lee's lawyer", TEXT.indexOf("home."))), entities);
    }

    @Test
    void anOutletSpokenThroughIsMediaWhereverItIsNamed() {
        AttributionEntities.Linked linked = linked();
        assertEquals(SourceKind.MEDIA, linked.attributions().get(1).source().kind());
        String reuters = linked.attributions().get(1).source().entity();
        assertEquals(EntityType.MEDIA, linked.entities().entity(reuters).orElseThrow().type());
    }

    @Test
    void aPlaceSpeaksAsAPlaceOnlyByItsOwnName() {
        AttributionEntities.Linked linked = linked();
        assertEquals(SourceKind.PLACE, linked.attributions().get(2).source().kind());
        assertEquals(SourceKind.ORGANIZATION, linked.attributions().get(3).source().kind());
    }

    @Test
    void aPersonOfAnOrganisationIsThePersonWhoSpeaks() {
        AttributionEntities.Linked linked = linked();
        Attribution shaw = linked.attributions().get(4);
        assertEquals(SourceKind.PERSON, shaw.source().kind());
        assertEquals("Bruce Shaw", linked.entities().entity(shaw.source().entity()).orElseThrow().name());
    }

    @Test
    void aPossessorInTheSourcePhraseIsNotWhoSpeaks() {
        AttributionEntities.Linked linked = linked();
        Attribution ray = linked.attributions().get(5);
        assertEquals("Tom Ray", linked.entities().entity(ray.source().entity()).orElseThrow().name());
        assertEquals(null, linked.attributions().get(6).source().entity(), "the lawyer is not Ann Lee");
    }
}
