package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;
import org.newsgraph.ConfigurationException;
import org.newsgraph.nlp.Language.ModelKind;

class NlpModelsTest {

    @Test
    void germanModelsLoadOnceAndAreShared() {
        NlpModels models = NlpModels.shared(Language.GERMAN);
        assertSame(models, NlpModels.shared(Language.GERMAN));
        assertEquals(Language.GERMAN, models.language());
        assertEquals("de", models.posModel().getLanguage());
        assertTrue(models.lexicon().isMonth("Dezember"));
    }

    @Test
    void modelResourceNamesFollowTheArtifacts() {
        assertEquals("/opennlp-de-ud-gsd-sentence-1.3-2.5.4.bin", Language.GERMAN.modelResource(ModelKind.SENTENCES));
        assertEquals("/opennlp-de-ud-gsd-lemmas-1.3-2.5.4.bin", Language.GERMAN.modelResource(ModelKind.LEMMAS));
        assertEquals("org.apache.opennlp:opennlp-models-tokenizer-de", ModelKind.TOKENS.artifact(Language.GERMAN));
        assertEquals(Language.ENGLISH, Language.ofCode("EN"));
        assertThrows(IllegalArgumentException.class, () -> Language.ofCode("xx"));
    }

    @Test
    void missingModelIsAConfigurationErrorNamingTheArtifact() {
        String resource = Language.ENGLISH.modelResource(ModelKind.SENTENCES);
        assumeTrue(NlpModels.class.getResource(resource) == null, "English models are on the classpath now");
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> NlpModels.load(Language.ENGLISH));
        assertTrue(e.getMessage().contains(resource), e.getMessage());
        assertTrue(e.getMessage().contains("opennlp-models-sentdetect-en"), e.getMessage());
    }
}
