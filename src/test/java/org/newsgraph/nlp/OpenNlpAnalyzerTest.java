package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenNlpAnalyzerTest {

    private final OpenNlpAnalyzer analyzer = new OpenNlpAnalyzer(Seeds.MODELS);

    private List<String> sentenceTexts(String text) {
        return analyzer.analyze(text).stream().map(Sentence::text).toList();
    }

    private List<String> tokenTexts(String text) {
        return analyzer.analyze(text).stream().flatMap(s -> s.tokens().stream()).map(Token::text).toList();
    }

    @Test
    void headlineAndTextOnSeparateLinesAreSeparateSentences() {
        String text = "Scholz empfängt Macron im Kanzleramt\nDer französische Präsident kam am Mittag in Berlin an. "
                + "Beide wollen über die Energiepreise sprechen.";
        assertEquals(List.of("Scholz empfängt Macron im Kanzleramt",
                "Der französische Präsident kam am Mittag in Berlin an.",
                "Beide wollen über die Energiepreise sprechen."), sentenceTexts(text));
    }

    @Test
    void linesWithoutFinalPunctuationAreSentencesOfTheirOwn() {
        String text = "Ausland\n12.05.2022 09:10\nSchweden beantragt Beitritt\n\nDie Regierung in Stockholm hat "
                + "den Antrag gestellt.\nFinnland folgt am Nachmittag.";
        assertEquals(List.of("Ausland", "12.05.2022 09:10", "Schweden beantragt Beitritt",
                "Die Regierung in Stockholm hat den Antrag gestellt.", "Finnland folgt am Nachmittag."),
                sentenceTexts(text));
    }

    @Test
    void ordinalDateBeforeMonthStaysInOneSentence() {
        assertEquals(List.of("Das Treffen findet am 22. Dezember in Genf statt."),
                sentenceTexts("Das Treffen findet am 22. Dezember in Genf statt."));
        assertEquals(List.of("Die Außenminister beraten am 3. und 4. März in Brüssel.", "Danach reisen sie ab."),
                sentenceTexts("Die Außenminister beraten am 3. und 4. März in Brüssel. Danach reisen sie ab."));
    }

    @Test
    void ordinalDateAtALineEndRunsOnIntoTheMonth() {
        assertEquals(List.of("Die Wahl wurde auf den 14.\nOktober verschoben."),
                sentenceTexts("Die Wahl wurde auf den 14.\nOktober verschoben."));
    }

    @Test
    void abbreviationsDoNotEndASentence() {
        String text = "Laut Dr. Hoffmann sind u.a. die Häfen Nr. 3 bzw. Nr. 4 betroffen. Die Behörden prüfen das.";
        assertEquals(List.of("Laut Dr. Hoffmann sind u.a. die Häfen Nr. 3 bzw. Nr. 4 betroffen.",
                "Die Behörden prüfen das."), sentenceTexts(text));
        assertTrue(tokenTexts(text).containsAll(List.of("Dr.", "u.a.", "Nr.", "bzw.")), tokenTexts(text).toString());
    }

    @Test
    void quotesAreSplitOffWords() {
        List<String> tokens = tokenTexts("Die Opposition nannte den Plan einen „Irrweg“ und »gefährlich«.");
        assertEquals(List.of("Die", "Opposition", "nannte", "den", "Plan", "einen", "„", "Irrweg", "“", "und", "»",
                "gefährlich", "«", "."), tokens);
        assertEquals(List.of("Er", "sprach", "von", "\"", "Verrat", "\"", "."),
                tokenTexts("Er sprach von \"Verrat\"."));
    }

    @Test
    void hyphenatedCompoundsAreOneToken() {
        assertEquals(List.of("Der", "Nato-Generalsekretär", "traf", "den", "EU-Außenbeauftragten", "."),
                tokenTexts("Der Nato-Generalsekretär traf den EU-Außenbeauftragten."));
        List<String> tokens = tokenTexts("Vor der Moskau-Reise sprach der UN-Sonderbeauftragte über den "
                + "Syrien-Konflikt und die Nato-Ost-Flanke.");
        assertTrue(tokens.containsAll(List.of("Moskau-Reise", "UN-Sonderbeauftragte", "Syrien-Konflikt",
                "Nato-Ost-Flanke")), tokens.toString());
        assertFalse(tokens.contains("-"), tokens.toString());
    }

    @Test
    void truncatedCompoundKeepsItsHyphenAndSpacedDashStaysApart() {
        List<String> tokens = tokenTexts("Die Innen- und Justizminister der Länder tagen - wie geplant - in Bonn.");
        assertEquals(List.of("Die", "Innen-", "und", "Justizminister", "der", "Länder", "tagen", "-", "wie",
                "geplant", "-", "in", "Bonn", "."), tokens);
    }

    @Test
    void compoundLemmaInflectsOnlyItsLastPart() {
        Token waffen = analyzer.analyze("Die Ukraine fordert mehr Nato-Waffen.").get(0).tokens().get(4);
        assertEquals("Nato-Waffen", waffen.text());
        assertEquals("nato-waffe", waffen.lemma());
    }

    @Test
    void tokensCarryTagsAndLemmas() {
        List<Token> tokens = analyzer.analyze("Die Minister trafen sich in Warschau.").get(0).tokens();
        assertEquals("treffen", tokens.get(2).lemma());
        assertEquals("VERB", tokens.get(2).tag());
        assertTrue(tokens.get(5).isProperNoun(), tokens.get(5).toString());
    }

    @Test
    void offsetsPointIntoTheTextForEverySeedToken() {
        for (Path path : Seeds.paths()) {
            String text = Seeds.read(path);
            List<Sentence> sentences = analyzer.analyze(text);
            int previousEnd = 0;
            for (int i = 0; i < sentences.size(); i++) {
                Sentence sentence = sentences.get(i);
                assertEquals(i, sentence.index());
                assertEquals(sentence.text(), text.substring(sentence.start(), sentence.end()), path.toString());
                for (Token token : sentence.tokens()) {
                    assertEquals(token.text(), text.substring(token.start(), token.end()), path + " " + token);
                    assertTrue(token.start() >= previousEnd, path + ": tokens out of order at " + token);
                    assertTrue(token.start() >= sentence.start() && token.end() <= sentence.end(), token.toString());
                    previousEnd = token.end();
                }
            }
        }
    }

    @Test
    void seedParagraphsHaveTheirSentenceCounts() {
        String tass = Seeds.read("003_52fd73e0951e52b8.txt");
        String paragraph = tass.substring(tass.indexOf("Russlands Präsident Wladimir Putin und sein US-Kollege"),
                tass.indexOf("Putin hatte das westliche"));
        assertEquals(2, analyzer.analyze(paragraph).size());

        String sna = Seeds.read("002_5867e33a7680cb7d.txt");
        String withDates = sna.substring(sna.indexOf("Am 17. Dezember richtete"), sna.indexOf("Die Präsidenten Russlands"));
        assertEquals(List.of(
                "Am 17. Dezember richtete Moskau an Washington und die Nato den Entwurf eines Vertrags über "
                        + "gegenseitige Sicherheitsgarantien.",
                "Demnach soll die Nato auf die Erweiterung gen Osten und die Aufnahme ehemaliger Sowjetrepubliken "
                        + "verzichten."), sentenceTexts(withDates).subList(0, 2));
        assertEquals(6, sentenceTexts(withDates).size());

        String krone = Seeds.read("004_215e739bc4e3ec41.txt");
        List<String> head = sentenceTexts(krone.substring(0, krone.indexOf("Der Kreml in Moskau")));
        assertEquals(List.of("Nach „Killer“-Sager", "So will Biden jetzt Beziehung zu Putin retten", "Ausland",
                "13.04.2021 20:25"), head.subList(0, 4));
        assertEquals(5, head.size());
    }

    @Test
    void windowsLineBreaksSeparateLinesToo() {
        assertEquals(List.of("Gipfel in Rom vertagt", "Die Gespräche werden im Herbst fortgesetzt."),
                sentenceTexts("Gipfel in Rom vertagt\r\nDie Gespräche werden im Herbst fortgesetzt.\r\n"));
    }

    @Test
    void oddInputsKeepValidOffsets() {
        for (String text : List.of("...", "-", "„“", "\"\"", "Ein Satz ohne Ende -", "  – \n\n«»\n", "a.\nb.",
                "Nr.", "am 1.\n\nMai", "\u200B\n\u200B\u200B", "Wort\u200B.", "Staats-", "U.S.A.-Reise", "\u00A0Text\u00A0mit\u00A0Leerzeichen.\u00A0")) {
            for (Sentence sentence : analyzer.analyze(text)) {
                assertEquals(sentence.text(), text.substring(sentence.start(), sentence.end()), text);
                assertFalse(sentence.tokens().isEmpty(), "sentence without tokens in '" + text + "'");
                for (Token token : sentence.tokens()) {
                    assertEquals(token.text(), text.substring(token.start(), token.end()), text);
                    assertFalse(token.text().isBlank(), "blank token in '" + text + "'");
                }
            }
        }
    }

    @Test
    void emptyAndBlankTextsHaveNoSentences() {
        assertEquals(List.of(), analyzer.analyze(""));
        assertEquals(List.of(), analyzer.analyze(" \n\n \t\n"));
    }
}
