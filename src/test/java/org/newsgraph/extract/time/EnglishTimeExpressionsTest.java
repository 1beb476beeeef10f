package org.newsgraph.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.ingest.PartialDate;
import org.newsgraph.nlp.Language;
import org.newsgraph.nlp.NlpModels;
import org.newsgraph.nlp.OpenNlpAnalyzer;
import org.newsgraph.nlp.Sentence;

/**
 * English time expressions, tokenized by OpenNLP's English models and resolved against the article date; where a
 * German sentence says the same, both must resolve alike.
 */
class EnglishTimeExpressionsTest {

    private static final PartialDate WEDNESDAY = PartialDate.parse("2022-01-26");
    private static TimeNormalizer english;
    private static TimeNormalizer german;
    private static OpenNlpAnalyzer englishAnalyzer;
    private static OpenNlpAnalyzer germanAnalyzer;

    @BeforeAll
    static void load() {
        english = new LexiconTimeNormalizer(Language.ENGLISH);
        german = new LexiconTimeNormalizer();
        englishAnalyzer = new OpenNlpAnalyzer(NlpModels.shared(Language.ENGLISH));
        germanAnalyzer = new OpenNlpAnalyzer(NlpModels.shared(Language.GERMAN));
    }

    private static String englishValue(String text) {
        return first(english, englishAnalyzer, text);
    }

    private static String first(TimeNormalizer n, OpenNlpAnalyzer analyzer, String text) {
        List<Sentence> sentences = analyzer.analyze(text);
        List<TimeExpression> found = n.find(sentences.get(0), WEDNESDAY);
        assertFalse(found.isEmpty(), "expected a time expression in: " + text);
        return found.get(0).value();
    }

    private void sameAsGerman(String englishText, String germanText) {
        assertEquals(first(german, germanAnalyzer, germanText), englishValue(englishText),
                "'" + englishText + "' should resolve as '" + germanText + "'");
    }

    @Test
    void weekdayResolvesToThePastTuesday() {
        assertEquals("2022-01-25", englishValue("The two presidents spoke on Tuesday by phone."));
    }

    @Test
    void lastWeekResolvesAsInGerman() {
        sameAsGerman("The ministers met last week in Geneva.", "Die Minister trafen sich vergangene Woche in Genf.");
    }

    @Test
    void nextWeekResolvesAsInGerman() {
        sameAsGerman("The leaders will meet next week in Paris.", "Die Staatschefs treffen sich nächste Woche in Paris.");
    }

    @Test
    void lastMonthIsTheMonthBefore() {
        assertEquals("2021-12", englishValue("The talks collapsed last month in Vienna."));
    }

    @Test
    void earlierThisYearIsThisYear() {
        assertEquals("2022", englishValue("Scholz visited Kyiv earlier this year."));
    }

    @Test
    void monthNameAloneIsThatMonthOfTheYear() {
        sameAsGerman("A summit is planned in June in Madrid.", "Ein Gipfel ist im Juni in Madrid geplant.");
    }

    @Test
    void comingMonthsResolveAsInGerman() {
        sameAsGerman("They will meet in the coming months.", "Sie wollen sich in den kommenden Monaten treffen.");
    }

    @Test
    void abbreviatedMonthBeforeDayIsADate() {
        assertEquals("2022-01-21", englishValue("Blinken met Lavrov on Jan. 21 in Geneva."));
    }

    @Test
    void fullAmericanDateIsADate() {
        assertEquals("2022-01-21", englishValue("Blinken met Lavrov on January 21, 2022, in Geneva."));
    }

    @Test
    void dayBeforeMonthIsADate() {
        assertEquals("2022-01-21", englishValue("Blinken met Lavrov on 21 January in Geneva."));
    }

    @Test
    void twoDaysBeforeTheMonthAreARange() {
        assertEquals("2021-07-11/2021-07-12", englishValue("Vilnius hosted the summit on 11 and 12 July."));
    }

    @Test
    void monthBeforeTwoDaysIsARange() {
        assertEquals("2021-07-11/2021-07-12", englishValue("Vilnius hosted the summit on July 11 and 12."));
    }
}
