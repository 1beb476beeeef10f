package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.names.CoreNlpNameFinder;
import org.newsgraph.extract.names.NameFinder;
import org.newsgraph.extract.names.NameSpan;
import org.newsgraph.ingest.PartialDate;
import org.newsgraph.kb.KnowledgeBase;
import org.newsgraph.nlp.Language;
import org.newsgraph.nlp.NlpModels;
import org.newsgraph.nlp.OpenNlpAnalyzer;
import org.newsgraph.nlp.Sentence;

/**
 * Entities the knowledge base does not list: people from the name finder and cue words, institutions with their
 * owner, places, documents. Sentences written for this test (none is from a corpus or the dev set).
 */
class EntitiesBeyondTheKnowledgeBaseTest {

    private static EntityLinker linker;
    private static OpenNlpAnalyzer analyzer;
    private static NameFinder names;

    @BeforeAll
    static void load() {
        linker = new EntityLinker(KnowledgeBase.loadDefault());
        analyzer = new OpenNlpAnalyzer(NlpModels.load(Language.GERMAN));
        names = CoreNlpNameFinder.shared(Language.GERMAN);
    }

    private static EntityLinker.Result link(String text) {
        List<Sentence> sentences = analyzer.analyze(text);
        List<List<NameSpan>> spans = new ArrayList<>();
        sentences.forEach(s -> spans.add(names.find(s)));
        return linker.link(sentences, PartialDate.parse("2024-05-02"), spans);
    }

    private static Mention mention(EntityLinker.Result r, String surface) {
        return r.mentions().stream().filter(m -> m.surface().equals(surface)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + surface + "' in " + r.mentions()));
    }

    @Test
    void unlistedDeputyMinisterGetsTheOfficeTheTextNames() {
        EntityLinker.Result r = link("Der estnische Vizeaußenminister Jonatan Vseviov traf am Montag in Tallinn "
                + "seine Amtskollegen.");
        Mention m = mention(r, "Jonatan Vseviov");
        assertEquals(EntityType.Person, m.entity().type());
        assertTrue(r.offices().stream().anyMatch(o -> o.person().equals(m.entity())
                        && o.title().equals("Deputy minister") && o.of().id().equals("EE")),
                "expected Deputy minister of EE in " + r.offices());
    }

    @Test
    void nameFinderFindsAPersonWithoutCueOrListEntry() {
        EntityLinker.Result r = link("An dem Gespräch nahm auch Kristjan Tammsalu teil, wie es hieß.");
        assertEquals(EntityType.Person, mention(r, "Kristjan Tammsalu").entity().type());
    }

    @Test
    void ministryIsAnOrganizationPartOfItsCountry() {
        EntityLinker.Result r = link("Das russische Außenministerium wies die Vorwürfe zurück. "
                + "Auch das US-Verteidigungsministerium äußerte sich.");
        Mention ru = mention(r, "russische Außenministerium");
        assertEquals(EntityType.Organization, ru.entity().type());
        assertEquals("Außenministerium (Russland)", ru.entity().name());
        assertTrue(r.parts().contains(new Part(ru.entity(), KnowledgeBase.loadDefault()
                .entity(EntityType.Country, "RU").orElseThrow().entity())), r.parts().toString());
        Mention us = mention(r, "US-Verteidigungsministerium");
        assertEquals(EntityType.Organization, us.entity().type());
        assertTrue(r.parts().stream().anyMatch(p -> p.part().equals(us.entity()) && p.whole().id().equals("US")),
                r.parts().toString());
    }

    @Test
    void institutionWithItsOwnerAfterIt() {
        EntityLinker.Result r = link("Das teilte das Präsidialamt von Kasachstan am Abend mit.");
        Mention m = mention(r, "Präsidialamt von Kasachstan");
        assertEquals(EntityType.Organization, m.entity().type());
        assertTrue(r.parts().stream().anyMatch(p -> p.part().equals(m.entity()) && p.whole().id().equals("KZ")),
                r.parts().toString());
    }

    @Test
    void seaAndRegionArePlaces() {
        EntityLinker.Result r = link("Die Fregatten kreuzten im Schwarzen Meer vor der Region Cherson.");
        assertEquals(EntityType.Place, mention(r, "Schwarzen Meer").entity().type());
        assertEquals(EntityType.Place, mention(r, "Cherson").entity().type());
    }

    @Test
    void institutionOfTheKnowledgeBaseIsPartOfItsOwner() {
        EntityLinker.Result r = link("Der Nordatlantikrat tagte am Dienstag, der Kreml schwieg dazu.");
        assertTrue(r.parts().stream().anyMatch(p -> p.part().id().equals("nordatlantikrat")
                && p.whole().id().equals("nato")), r.parts().toString());
        assertTrue(r.parts().stream().anyMatch(p -> p.part().id().equals("kreml") && p.whole().id().equals("RU")),
                r.parts().toString());
    }

    @Test
    void cityFromTheGeneratedPlacesIsAPlace() {
        EntityLinker.Result r = link("Die Delegation fuhr am Morgen weiter nach Tschernihiw.");
        Mention m = mention(r, "Tschernihiw");
        assertEquals(EntityType.Place, m.entity().type());
        assertEquals("gn-tschernihiw", m.entity().id());
    }

    @Test
    void draftTreatyIsAnAgreementWithStatusDraft() {
        EntityLinker.Result r = link("Die Delegationen berieten am Dienstag einen Abkommensentwurf zur Fischerei.");
        Mention m = mention(r, "Abkommensentwurf");
        assertEquals(EntityType.Agreement, m.entity().type());
        assertEquals("draft", r.agreementStatus().get(m.entity()));
    }

    @Test
    void signedPactGetsStatusSigned() {
        EntityLinker.Result r = link("Beide Staaten unterzeichneten am Freitag einen Nichtangriffspakt.");
        Mention m = mention(r, "Nichtangriffspakt");
        assertEquals(EntityType.Agreement, m.entity().type());
        assertEquals("signed", r.agreementStatus().get(m.entity()));
    }

    @Test
    void bareAgreementNounIsNoEntity() {
        EntityLinker.Result r = link("Er sagte, das Abkommen sei ein guter Anfang.");
        assertTrue(r.mentions().stream().noneMatch(m -> m.entity().type() == EntityType.Agreement),
                r.mentions().toString());
    }
}
