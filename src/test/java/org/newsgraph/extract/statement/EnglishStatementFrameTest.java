package org.newsgraph.extract.statement;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.extract.Statement;
import org.newsgraph.extract.event.ExtractionFixture;
import org.newsgraph.nlp.Language;

/**
 * English statement triggers over CoreNLP's English UD parse, one sentence per trigger of ontology/statements-en.ttl
 * and the English entries of statements.ttl (sentences written for this test): actor, target and a word of the
 * content.
 */
class EnglishStatementFrameTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // "called on X to": "on" as the verb's particle, X its object
        "Olaf Scholz called on Russia to withdraw its troops.|DEMANDED Olaf Scholz -> Russland|withdraw",
        // "called on X to": X as the subject of the "to" clause
        "Volodymyr Zelensky called on Joe Biden to invite Ukraine into NATO now.|DEMANDED Wolodymyr Selenskyj -> Joe Biden|invite",
        "Joe Biden urged Vladimir Putin to end the war.|DEMANDED Joe Biden -> Wladimir Putin|war",
        // the target named in the content
        "NATO demanded a withdrawal of Russian troops from Ukraine.|DEMANDED NATO -> Russland|withdrawal",
        "Volodymyr Zelensky asked Germany for more air defence systems.|DEMANDED Wolodymyr Selenskyj -> Deutschland|air defence",
        "Antony Blinken warned China against supplying weapons to Russia.|THREATENED Antony Blinken -> China|weapons",
        "Joe Biden threatened Russia with severe sanctions.|THREATENED Joe Biden -> Russland|sanctions",
        "Russia accused Ukraine of attacking civilians.|ACCUSED Russland -> Ukraine|civilians",
        "Vladimir Putin blamed NATO for the crisis.|ACCUSED Wladimir Putin -> NATO|crisis",
        "Recep Tayyip Erdogan offered to host talks between Russia and Ukraine.|PROPOSED Recep Tayyip Erdoğan -> Ukraine|host",
        "Emmanuel Macron proposed a summit with Vladimir Putin.|PROPOSED Emmanuel Macron -> Wladimir Putin|summit",
        "Xi Jinping invited Olaf Scholz to Beijing.|INVITED Xi Jinping -> Olaf Scholz|Beijing",
        // a statement noun after a light verb
        "The European Union pledged support for Ukraine.|SUPPORTED Europäische Union -> Ukraine|support",
        "Kim Jong Un reaffirmed his commitment to Ukraine's security.|AGREED Kim Jong Un -> Ukraine|security",
        "Russia rejected the demands of NATO.|REJECTED Russland -> NATO|demands",
        "The Kremlin dismissed the accusations of Ukraine.|REJECTED Kreml -> Ukraine|accusations",
        "China agreed with the United States on new talks.|AGREED China -> USA|talks",
        // verbs of ontology/statements-en.ttl's wider list
        "Wang Yi sought assurances from the United States on Taiwan.|DEMANDED Wang Yi -> USA|assurances",
        "Olaf Scholz thanked Turkey for its mediation in the grain deal.|SUPPORTED Olaf Scholz -> Türkei|mediation",
        "Volodymyr Zelensky ruled out talks with Vladimir Putin.|REJECTED Wolodymyr Selenskyj -> Wladimir Putin|talks",
        "Russia vetoed the resolution on Syria at the Security Council.|REJECTED Russland -> Syrien|resolution",
        "Narendra Modi lambasted Pakistan for its support of terrorism.|ACCUSED Narendra Modi -> Pakistan|terrorism",
    })
    void frameReadsTheRolesFromTheEnglishParse(String text, String expected, String word) {
        ExtractionFixture.Found found = ExtractionFixture.get(Language.ENGLISH).run("2023-06-21", text);
        List<String> lines = found.statementLines();
        assertTrue(lines.contains(expected), "expected " + expected + " in " + lines);
        Statement s = found.statements().get(lines.indexOf(expected));
        assertTrue(s.what().contains(word), "content '" + s.what() + "' lacks '" + word + "'");
    }
}
