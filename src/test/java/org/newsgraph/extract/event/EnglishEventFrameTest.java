package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.nlp.Language;

/**
 * English event triggers and their frames over CoreNLP's English UD parse, one sentence per trigger family of
 * ontology/events-en.ttl (sentences written for this test): kind, date resolved against the article date
 * (Wednesday 2023-06-21), status and participants.
 */
class EnglishEventFrameTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Joe Biden spoke with Vladimir Putin by phone on Tuesday.|phone_call 2023-06-20 held [Joe Biden, Wladimir Putin]",
        "Antony Blinken held talks with Wang Yi in Beijing on Monday.|meeting 2023-06-19 held [Antony Blinken, Wang Yi]",
        "Olaf Scholz met Emmanuel Macron in Paris on Friday.|meeting 2023-06-16 held [Emmanuel Macron, Olaf Scholz]",
        "The meeting between Olaf Scholz and Xi Jinping took place in Beijing on Friday.|meeting 2023-06-16 held [Olaf Scholz, Xi Jinping]",
        "Joe Biden and Xi Jinping held a call on Thursday.|phone_call 2023-06-15 held [Joe Biden, Xi Jinping]",
        "Emmanuel Macron had a phone call with Vladimir Putin on Sunday.|phone_call 2023-06-18 held [Emmanuel Macron, Wladimir Putin]",
        "Joe Biden and Vladimir Putin held a video call on Tuesday.|video_conference 2023-06-20 held [Joe Biden, Wladimir Putin]",
        "Joe Biden and Vladimir Putin held a summit in Geneva on Wednesday.|summit 2023-06-21 held [Joe Biden, Wladimir Putin]",
        "Olaf Scholz paid a visit to Kyiv on Thursday.|visit 2023-06-15 held [Olaf Scholz]",
        "Recep Tayyip Erdogan hosted Volodymyr Zelensky in Istanbul on Friday.|visit 2023-06-16 held [Recep Tayyip Erdoğan, Wolodymyr Selenskyj]",
        "Xi Jinping received Antony Blinken in Beijing on Monday.|visit 2023-06-19 held [Antony Blinken, Xi Jinping]",
        "Narendra Modi visited Washington on Thursday.|visit 2023-06-15 held [Narendra Modi]",
        "Olaf Scholz will meet Emmanuel Macron in Paris next week.|meeting 2023-06-26/2023-07-02 planned [Emmanuel Macron, Olaf Scholz]",
        "Antony Blinken arrived in Beijing on Sunday.|visit 2023-06-18 held [Antony Blinken]",
        // the passive agent with "by", which the parser labels a plain oblique
        "Emmanuel Macron was accompanied by Ursula von der Leyen on Tuesday.|visit 2023-06-20 held [Emmanuel Macron, Ursula von der Leyen]",
        // a coordinated subject meets among itself; a passive governor's subject controls "to meet"
        "Joe Biden and Vladimir Putin met in Geneva on Tuesday.|meeting 2023-06-20 held [Joe Biden, Wladimir Putin]",
        "Olaf Scholz is scheduled to meet with Narendra Modi on Friday.|meeting 2023-06-23 planned [Narendra Modi, Olaf Scholz]",
        // one body meets among itself; a thing as object is no partner
        "G7 leaders met in Hiroshima on Saturday.|meeting 2023-06-17 held [G7]",
    })
    void triggerAndFrameGiveTheEvent(String text, String expected) {
        List<String> lines = ExtractionFixture.get(Language.ENGLISH).run("2023-06-21", text).eventLines();
        assertTrue(lines.contains(expected), "expected " + expected + " in " + lines);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "The Kremlin met the demands of the protesters.",
        "Russia met its obligations under the treaty on Tuesday.",
    })
    void aThingAsTheObjectOfMeetIsNoMeeting(String text) {
        assertEquals(List.of(), ExtractionFixture.get(Language.ENGLISH).run("2023-06-21", text).eventLines(), text);
    }
}
