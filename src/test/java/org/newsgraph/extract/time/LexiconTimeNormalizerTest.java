package org.newsgraph.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.ConfigurationException;
import org.newsgraph.ingest.PartialDate;

class LexiconTimeNormalizerTest {

    private static final PartialDate WEDNESDAY = PartialDate.parse("2021-12-08");
    private static TimeNormalizer normalizer;

    @BeforeAll
    static void load() {
        normalizer = new LexiconTimeNormalizer();
    }

    private static List<TimeExpression> find(String text, PartialDate date) {
        return normalizer.find(SentenceFixture.sentence(text), date);
    }

    @Test
    void weekdayBeforeArticleDateResolvesToPastTuesday() {
        TimeExpression e = find("Die Präsidenten berieten am Dienstag über die Lage.", WEDNESDAY).get(0);
        assertEquals("2021-12-07", e.value());
        assertEquals("2021-12-14", e.futureValue());
        assertEquals("2021-12-14", e.value(true));
        assertEquals(2, e.weekday());
    }

    @Test
    void monthDatedTuesdayAdmitsOnlyTuesdaysOfThatMonth() {
        TimeExpression e = find("Die Staatschefs sprachen am Dienstag per Video.", PartialDate.parse("2021-12")).get(0);
        assertTrue(e.admits(LocalDate.of(2021, 12, 7), false));
        assertTrue(e.admits(LocalDate.of(2021, 12, 28), false));
        assertFalse(e.admits(LocalDate.of(2021, 12, 8), false));
        assertFalse(e.admits(LocalDate.of(2021, 11, 30), false));
    }

    @Test
    void rangeAdmitsItsDaysInTheChosenReading() {
        TimeExpression e = find("Der Gipfel ist für den 22. und 23. April geplant.", PartialDate.parse("2021-04-13"))
                .get(0);
        assertTrue(e.admits(LocalDate.of(2021, 4, 23), true));
        assertFalse(e.admits(LocalDate.of(2021, 4, 23), false));
        assertTrue(e.admits(LocalDate.of(2020, 4, 22), false));
        assertFalse(e.admits(LocalDate.of(2021, 4, 24), true));
    }

    @Test
    void sameWeekdayAsArticleIsTheArticleDateInBothReadings() {
        TimeExpression e = find("Die Regierung beriet am Mittwoch über neue Sanktionen.", WEDNESDAY).get(0);
        assertEquals("2021-12-08", e.value());
        assertEquals("2021-12-08", e.futureValue());
    }

    @Test
    void weekdayInMonthDatedArticleKeepsTheMonthAndTheWeekday() {
        TimeExpression e = find("Die Minister telefonierten am Donnerstag.", PartialDate.parse("2021-12")).get(0);
        assertEquals("2021-12", e.value());
        assertEquals(4, e.weekday());
    }

    @Test
    void withoutArticleDateOnlyAbsoluteExpressionsResolve() {
        List<TimeExpression> found = find(
                "Nach dem Gipfel am 7. Dezember 2021 telefonierten beide am Freitag erneut.", null);
        assertEquals(2, found.size());
        assertEquals("2021-12-07", found.get(0).value());
        assertNull(found.get(1).value());
        assertNull(found.get(1).futureValue());
        assertEquals(5, found.get(1).weekday());
        assertFalse(found.get(1).isResolved());
    }

    @Test
    void pastDayOfMonthAfterArticleDateFallsInThePreviousYear() {
        TimeExpression e = find("Der Vertrag war am 20. Dezember unterzeichnet worden.", WEDNESDAY).get(0);
        assertEquals("2020-12-20", e.value());
        assertEquals("2021-12-20", e.futureValue());
    }

    @Test
    void sentenceWithDateClockTimeAndDurationYieldsThreeExpressionsInOrder() {
        List<TimeExpression> found = find("Am Dienstag sprachen Biden und Putin ab 16 Uhr MEZ rund zwei Stunden "
                + "lang per Video.", WEDNESDAY);
        assertEquals(List.of(TimeType.DATE, TimeType.TIME, TimeType.DURATION),
                found.stream().map(TimeExpression::type).toList());
        assertEquals("16:00+01:00", found.get(1).clockTimeWithOffset());
        assertEquals("PT2H", found.get(2).value());
        assertTrue(found.get(0).lastToken() < found.get(1).firstToken());
        assertTrue(found.get(1).lastToken() < found.get(2).firstToken());
    }

    @Test
    void tokensWithSplitPeriodsGiveTheSameDates() {
        String text = "Das Treffen fand am 7. Dez. 2021 statt, der nächste Termin ist am 22. und 23. April.";
        List<TimeExpression> joined = normalizer.find(SentenceFixture.sentence(text, false), WEDNESDAY);
        List<TimeExpression> split = normalizer.find(SentenceFixture.sentence(text, true), WEDNESDAY);
        assertEquals(List.of("2021-12-07", "2021-04-22/2021-04-23"), joined.stream().map(TimeExpression::value).toList());
        assertEquals(joined.stream().map(TimeExpression::value).toList(),
                split.stream().map(TimeExpression::value).toList());
        assertEquals(joined.stream().map(TimeExpression::surface).toList(),
                split.stream().map(TimeExpression::surface).toList());
    }

    @Test
    void capitalisedMorgenInsideSentenceIsAPartOfDayNotTomorrow() {
        TimeExpression e = find("Die Ministerin landete am Morgen in Kiew.", WEDNESDAY).stream().findFirst()
                .orElse(null);
        assertNull(e, "'am Morgen' alone names no day");
        assertEquals("2021-12-09", find("Die Ministerin landet morgen in Kiew.", WEDNESDAY).get(0).value());
    }

    @Test
    void vagueWordsYieldNothing() {
        assertEquals(List.of(), find("Zuletzt hatte es unlängst und kürzlich mehrere Gespräche gegeben.", WEDNESDAY));
    }

    @Test
    void summerTimeOffsetFollowsTheArticleDateForKyiv() {
        String text = "Die Sirenen heulten um 4 Uhr Kiewer Zeit.";
        assertEquals("+02:00", find(text, PartialDate.parse("2022-03-20")).get(0).timezone());
        assertEquals("+03:00", find(text, PartialDate.parse("2022-03-28")).get(0).timezone());
        assertEquals("+02:00", find(text, null).get(0).timezone());
    }

    @Test
    void badTurtleIsReportedWithItsSource() {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> TimeLexicon.parse(
                new ByteArrayInputStream("ng:month-1 a ng:Month".getBytes(StandardCharsets.UTF_8)), "broken.ttl"));
        assertTrue(e.getMessage().contains("broken.ttl"), e.getMessage());
    }

    @Test
    void monthWithoutNumberIsReportedWithItsResource() {
        String ttl = "@prefix ng: <https://newsgraph.org/ontology#> .\n"
                + "ng:month-x a ng:Month ; ng:word \"Brumaire\"@fr .\n";
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> TimeLexicon.parse(
                new ByteArrayInputStream(ttl.getBytes(StandardCharsets.UTF_8)), "months.ttl"));
        assertTrue(e.getMessage().contains("ng:number") && e.getMessage().contains("month-x"), e.getMessage());
    }

    @Test
    void timeExpressionRejectsAWeekdayOutOfRange() {
        assertThrows(IllegalArgumentException.class,
                () -> new TimeExpression(0, 0, "Dienstag", TimeType.DATE, null, null, 8, null, null));
    }
}
