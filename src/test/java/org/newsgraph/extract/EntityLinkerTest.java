package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.ingest.PartialDate;
import org.newsgraph.kb.KnowledgeBase;
import org.newsgraph.nlp.Language;
import org.newsgraph.nlp.NlpModels;
import org.newsgraph.nlp.OpenNlpAnalyzer;

/** Each linking rule on sentences written for this test (none is from the corpus). */
class EntityLinkerTest {

    private static EntityLinker linker;
    private static OpenNlpAnalyzer analyzer;

    @BeforeAll
    static void load() {
        linker = new EntityLinker(KnowledgeBase.loadDefault());
        analyzer = new OpenNlpAnalyzer(NlpModels.load(Language.GERMAN));
    }

    private static List<Mention> link(String text, String date) {
        return linker.link(analyzer.analyze(text), date == null ? null : PartialDate.parse(date)).mentions();
    }

    private static Optional<Mention> find(List<Mention> mentions, String surface) {
        return mentions.stream().filter(m -> m.surface().equals(surface)).findFirst();
    }

    private static String idOf(List<Mention> mentions, String surface, EntityType type) {
        return mentions.stream().filter(m -> m.surface().equals(surface) && m.entity().type() == type)
                .map(m -> m.entity().id()).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " mention '" + surface + "' in " + mentions));
    }

    @Test
    void genitiveFormsLinkToTheBaseName() {
        List<Mention> m = link("Frankreichs Regierung kritisierte die Haltung Chinas. Scholz lehnte Bidens Plan ab.",
                "2022-05-10");
        assertEquals("FR", idOf(m, "Frankreichs", EntityType.Country));
        assertEquals("CN", idOf(m, "Chinas", EntityType.Country));
        assertEquals("joe-biden", idOf(m, "Bidens", EntityType.Person));
    }

    @Test
    void inflectedMultiWordNamesLinkToOneEntity() {
        List<Mention> m = link("Ein Sprecher des Weißen Hauses bestätigte das Treffen. Das Weiße Haus schwieg.",
                "2022-05-10");
        assertEquals(idOf(m, "Weißen Hauses", EntityType.Organization), idOf(m, "Weiße Haus", EntityType.Organization));
    }

    @Test
    void spellingVariantsLinkToOneEntity() {
        String a = idOf(link("Präsident Selenskyj reiste nach Brüssel.", "2023-02-01"), "Selenskyj", EntityType.Person);
        String b = idOf(link("Am Abend sprach Zelensky vor dem Parlament.", "2023-02-01"), "Zelensky", EntityType.Person);
        String c = idOf(link("Wolodymyr Zelenski dankte den Verbündeten.", "2023-02-01"), "Wolodymyr Zelenski",
                EntityType.Person);
        assertEquals(a, b);
        assertEquals(a, c);
    }

    @Test
    void transliterationVariantsOfANameEndingLinkToOneEntity() {
        String a = idOf(link("Präsident Selenskyj reiste nach Brüssel.", "2023-02-01"), "Selenskyj", EntityType.Person);
        String b = idOf(link("Am Abend sprach Selenskij vor dem Parlament.", "2023-02-01"), "Selenskij",
                EntityType.Person);
        assertEquals(a, b);
    }

    @Test
    void shortNameAfterFullNameIsTheSamePerson() {
        List<Mention> m = link("Olaf Scholz traf am Montag in Paris ein. Scholz sagte, die Gespräche seien gut "
                + "verlaufen.", "2022-05-10");
        assertEquals(idOf(m, "Olaf Scholz", EntityType.Person), idOf(m, "Scholz", EntityType.Person));
    }

    @Test
    void unknownPersonFoundByCueWordAndLaterByShortName() {
        List<Mention> m = link("Der Sprecher Tobias Wendelin Quast widersprach. Später sagte Quast, man prüfe den "
                + "Vorschlag.", "2022-05-10");
        Mention full = find(m, "Tobias Wendelin Quast").orElseThrow(() -> new AssertionError(m.toString()));
        assertEquals(EntityType.Person, full.entity().type());
        assertEquals(full.entity().id(), idOf(m, "Quast", EntityType.Person));
    }

    @Test
    void unknownOrganizationFoundByCueWord() {
        List<Mention> m = link("Das berichtete die Nachrichtenagentur Balkanpress am Abend.", "2022-05-10");
        assertEquals(EntityType.Organization, find(m, "Balkanpress").orElseThrow().entity().type());
    }

    @Test
    void unknownOfficeHolderGetsTheOfficeTheTextNames() {
        EntityLinker.Result r = linker.link(analyzer.analyze(
                "Der moldauische Außenminister Tudor Vranceanu-Petrescu reiste nach Kiew."), PartialDate.parse("2024-03-01"));
        Office office = r.offices().stream().findFirst().orElseThrow(() -> new AssertionError(r.toString()));
        assertEquals("Tudor Vranceanu-Petrescu", office.person().name());
        assertEquals("MD", office.of().id());
        assertTrue(office.title().toLowerCase().contains("foreign"), office.title());
    }

    @Test
    void personNamedBeforeAnAppositionCueIsFound() {
        List<Mention> m = link("Das sagte Marek Lindqvist, Berater der Regierung, am Dienstag.", "2022-05-10");
        assertEquals(EntityType.Person, find(m, "Marek Lindqvist").orElseThrow(() -> new AssertionError(m.toString()))
                .entity().type());
    }

    @Test
    void officeDescriptionResolvesAtTheArticleDate() {
        assertEquals("donald-trump", idOf(link("Der US-Präsident drohte mit Zöllen.", "2019-06-12"),
                "US-Präsident", EntityType.Person));
        assertEquals("joe-biden", idOf(link("Der US-Präsident drohte mit Zöllen.", "2022-06-12"),
                "US-Präsident", EntityType.Person));
    }

    @Test
    void leaderOfAnInstitutionIsTheHeadOfItsState() {
        assertEquals("wladimir-putin", idOf(link("Der Kreml-Chef lehnte jede Verhandlung ab.", "2023-03-01"),
                "Kreml-Chef", EntityType.Person));
    }

    @Test
    void adjectiveAndTitleResolveToTheOfficeHolder() {
        List<Mention> m = link("Der französische Präsident empfing den Gast im Élysée-Palast.", "2020-01-15");
        assertEquals("emmanuel-macron", idOf(m, "französische Präsident", EntityType.Person));
    }

    @Test
    void titleWithGenitiveQualifierResolves() {
        List<Mention> m = link("Die Rede des Präsidenten Brasiliens wurde mit Spannung erwartet.", "2021-03-01");
        assertEquals("jair-bolsonaro", idOf(m, "Präsidenten Brasiliens", EntityType.Person));
    }

    @Test
    void countrySpecificTitleResolvesWithoutQualifier() {
        List<Mention> m = link("Die scheidende Bundeskanzlerin warb für Geschlossenheit.", "2021-11-20");
        assertEquals("angela-merkel", idOf(m, "Bundeskanzlerin", EntityType.Person));
    }

    @Test
    void ambiguousDescriptionStaysUnresolved() {
        List<Mention> m = link("Die beiden Staatschefs sprachen über Handel.", "2021-11-20");
        assertTrue(m.stream().noneMatch(x -> x.entity().type() == EntityType.Person), m.toString());
    }

    @Test
    void officeAfterAnIndefiniteArticleIsNobodyInParticular() {
        List<Mention> m = link("Das sagte ein US-Präsident nie. Nach Angaben eines Regierungssprechers endete das "
                + "Gespräch früh.", "2023-03-15");
        assertTrue(m.stream().noneMatch(x -> x.entity().type() == EntityType.Person), m.toString());
    }

    @Test
    void colleagueIsTheSameOfficeInTheOtherState() {
        List<Mention> m = link("Emmanuel Macron telefonierte mit seinem US-Amtskollegen.", "2022-02-20");
        assertEquals("joe-biden", idOf(m, "US-Amtskollegen", EntityType.Person));
    }

    @Test
    void capitalAsActorIsTheStateButAsLocationThePlace() {
        List<Mention> m = link("Peking weist die Vorwürfe zurück. Die Delegation landete am Abend in Peking.",
                "2022-05-10");
        List<Mention> peking = m.stream().filter(x -> x.surface().equals("Peking")).toList();
        assertEquals(2, peking.size(), m.toString());
        assertEquals(EntityType.Country, peking.get(0).entity().type());
        assertEquals("CN", peking.get(0).entity().id());
        assertEquals(EntityType.Place, peking.get(1).entity().type());
    }

    @Test
    void datelineNamesArePlacesButTheSameCapitalAsSubjectIsTheState() {
        List<Mention> m = link("Peking – China weist die Vorwürfe zurück. Peking fordert eine Entschuldigung.",
                "2022-05-10");
        List<Mention> peking = m.stream().filter(x -> x.surface().equals("Peking")).toList();
        assertEquals(2, peking.size(), m.toString());
        assertEquals(EntityType.Place, peking.get(0).entity().type(), m.toString());
        assertEquals("CN", peking.get(1).entity().id(), m.toString());
    }

    @Test
    void coordinatedLocationsStayPlaces() {
        List<Mention> m = link("Proteste gab es in Paris und Berlin.", "2022-05-10");
        assertTrue(m.stream().filter(x -> x.surface().equals("Berlin")).allMatch(x -> x.entity().type() == EntityType.Place),
                m.toString());
    }

    @Test
    void institutionsAreOrganizations() {
        List<Mention> m = link("Der Kreml und das Weiße Haus bestätigten das Telefonat.", "2022-05-10");
        assertEquals(EntityType.Organization, find(m, "Kreml").orElseThrow().entity().type());
        assertEquals(EntityType.Organization, find(m, "Weiße Haus").orElseThrow().entity().type());
    }

    @Test
    void nationalityAdjectiveBeforeGovernmentNounIsTheStateAsActor() {
        List<Mention> m = link("Die polnische Regierung forderte mehr Unterstützung.", "2022-05-10");
        Mention actor = find(m, "polnische Regierung").orElseThrow(() -> new AssertionError(m.toString()));
        assertEquals("PL", actor.entity().id());
        assertEquals("adjective-actor", actor.rule());
    }

    @Test
    void compoundPrefixNamesTheEntity() {
        List<Mention> m = link("Die Nato-Staaten berieten über die Ukraine-Hilfe.", "2022-05-10");
        assertEquals("nato", idOf(m, "Nato-Staaten", EntityType.Organization));
        assertEquals("UA", idOf(m, "Ukraine-Hilfe", EntityType.Country));
    }

    @Test
    void commonWordsAreNotNames() {
        List<Mention> m = link("Kurz nach Mitternacht endete die Sitzung ohne Ergebnis.", "2022-05-10");
        assertFalse(m.stream().anyMatch(x -> x.entity().type() == EntityType.Person), m.toString());
    }
}
