package org.newsgraph.nlp;

import java.util.Locale;

/**
 * A language newsgraph can analyse, with the classpath names of its OpenNLP models.
 *
 * <p>Design decision: the model file names are derived from the Universal Dependencies treebank the Apache OpenNLP
 * models (artifacts {@code opennlp-models-*-<code>}) were trained on, so adding a language is one constant here
 * plus the four model artifacts on the classpath.
 */
public enum Language {
    /** German, UD GSD models ({@code opennlp-models-*-de:1.3.0}). */
    GERMAN("de", "gsd", "edu/stanford/nlp/models/parser/nndep/UD_German.gz", "models-german",
            "edu/stanford/nlp/models/mwt/german/german-mwt.tsv", null, java.util.List.of()),
    /** English, UD EWT models ({@code opennlp-models-*-en:1.3.0}) and CoreNLP's {@code english_UD} parser. */
    ENGLISH("en", "ewt", "edu/stanford/nlp/models/parser/nndep/english_UD.gz", "models", null,
            "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger", java.util.List.of("'s", "’s"));

    private static final String MODEL_VERSION = "1.3-2.5.4";

    private final String code;
    private final String treebank;
    private final String parserModel;
    private final String parserClassifier;
    private final String contractionTable;
    private final String parserTagger;
    private final java.util.List<String> clitics;

    Language(String code, String treebank, String parserModel, String parserClassifier, String contractionTable,
             String parserTagger, java.util.List<String> clitics) {
        this.code = code;
        this.treebank = treebank;
        this.parserModel = parserModel;
        this.parserClassifier = parserClassifier;
        this.contractionTable = contractionTable;
        this.parserTagger = parserTagger;
        this.clitics = clitics;
    }

    /**
     * The classpath resource of the CoreNLP tagger whose tags the dependency model was trained on, or null when
     * the model reads UPOS (German: OpenNLP's tags go in as they are). CoreNLP's English UD model reads Penn
     * Treebank tags.
     */
    public String parserTagger() {
        return parserTagger;
    }

    /**
     * Endings the tokenizer splits off a word as a token of their own ("China's" -> "China" "'s"): OpenNLP's
     * English UD tokenizer keeps the possessive on the name, which hides the name from the linker and the parser.
     */
    public java.util.List<String> clitics() {
        return clitics;
    }

    /** The classpath resource of CoreNLP's contraction table ("zum" = "zu" + "dem"), or null. */
    public String contractionTable() {
        return contractionTable;
    }

    /** The classpath resource of the CoreNLP UD dependency model. */
    public String parserModel() {
        return parserModel;
    }

    /** The Maven artifact that carries the dependency model. */
    public String parserArtifact() {
        return "edu.stanford.nlp:stanford-corenlp:4.5.10 (classifier " + parserClassifier + ")";
    }

    /**
     * The files of {@code ontology/} that make the lexicon {@code base} ("events", "statements", "frames", "time")
     * for this language: the base file, which is German and shared, then {@code base-<code>.ttl} for other
     * languages ({@code events-en.ttl}).
     */
    public java.util.List<String> lexiconFiles(String base) {
        return this == GERMAN ? java.util.List.of(base + ".ttl")
                : java.util.List.of(base + ".ttl", base + "-" + code + ".ttl");
    }

    /** The ISO 639-1 code ("de", "en"). */
    public String code() {
        return code;
    }

    /** The classpath resource of one model, e.g. {@code /opennlp-de-ud-gsd-pos-1.3-2.5.4.bin}. */
    public String modelResource(ModelKind kind) {
        return "/opennlp-" + code + "-ud-" + treebank + "-" + kind.fileKey() + "-" + MODEL_VERSION + ".bin";
    }

    /** The language with ISO 639-1 code {@code code} ("de", "EN"). */
    public static Language ofCode(String code) {
        String wanted = code.trim().toLowerCase(Locale.ROOT);
        for (Language language : values()) {
            if (language.code.equals(wanted)) {
                return language;
            }
        }
        throw new IllegalArgumentException("unsupported language code '" + code + "', expected one of de, en");
    }

    /**
     * The language an article with language code {@code code} is read in: the one of that code where newsgraph
     * has models for it, German (the first language) for an unknown or missing code.
     */
    public static Language of(String code) {
        if (code != null) {
            for (Language language : values()) {
                if (language.code.equalsIgnoreCase(code.trim())) {
                    return language;
                }
            }
        }
        return GERMAN;
    }

    /** The four OpenNLP models a language needs. */
    public enum ModelKind {
        SENTENCES("sentence", "sentdetect"),
        TOKENS("tokens", "tokenizer"),
        POS("pos", "pos"),
        LEMMAS("lemmas", "lemmatizer");

        private final String fileKey;
        private final String artifactKey;

        ModelKind(String fileKey, String artifactKey) {
            this.fileKey = fileKey;
            this.artifactKey = artifactKey;
        }

        String fileKey() {
            return fileKey;
        }

        /** The Maven artifact that carries this model for {@code language}. */
        public String artifact(Language language) {
            return "org.apache.opennlp:opennlp-models-" + artifactKey + "-" + language.code();
        }
    }
}
