package org.newsgraph.nlp;

import opennlp.tools.lemmatizer.LemmatizerContextGenerator;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.SequenceValidator;

/**
 * Lemmatizes one token with one evaluation of OpenNLP's lemmatizer model, given the previous token and its lemma.
 *
 * <p>Design decision: the model's features are the token, its tag and the previous token's lemma class (an edit
 * script); {@link LemmatizerME} finds that class by a beam search over the whole sentence. When the previous lemma is
 * already known, its class can be encoded directly and the token needs a single evaluation instead of a beam search.
 * Models that are not maximum-entropy models fall back to {@link LemmatizerME} on a two-token window.
 */
final class LemmaClassifier {

    /** The entry of the maximum-entropy model inside an OpenNLP lemmatizer model file. */
    private static final String MODEL_ENTRY = "lemmatizer.model";

    private final MaxentModel model;
    private final LemmatizerContextGenerator contexts;
    private final SequenceValidator<String> validator;
    private final LemmatizerME fallback;
    private final String[] tokens = new String[2];
    private final String[] tags = new String[2];
    private final String[] classes = new String[2];
    private final String[] one = new String[1];

    LemmaClassifier(LemmatizerModel lemmatizerModel) {
        Object artifact = lemmatizerModel.getArtifact(MODEL_ENTRY);
        this.model = artifact instanceof MaxentModel maxent ? maxent : null;
        this.contexts = lemmatizerModel.getFactory().getContextGenerator();
        this.validator = lemmatizerModel.getFactory().getSequenceValidator();
        this.fallback = new LemmatizerME(lemmatizerModel);
    }

    /**
     * The lemma of {@code token} tagged {@code tag} after {@code previousToken} (tagged {@code previousTag},
     * lemmatized as {@code previousLemma}); the previous values are {@code null} at the start of a sentence.
     * Lower case as the model gives it, or the token itself when the model has none.
     */
    String lemma(String token, String tag, String previousToken, String previousTag, String previousLemma) {
        int index;
        if (previousToken == null) {
            index = 0;
            tokens[0] = token;
            tags[0] = tag;
        } else {
            index = 1;
            tokens[0] = previousToken;
            tags[0] = previousTag;
            tokens[1] = token;
            tags[1] = tag;
            classes[0] = editScript(previousToken, previousLemma);
        }
        String lemma = model == null ? null : classify(index);
        if (lemma == null) {
            lemma = index == 0 ? fallback.lemmatize(new String[] {token}, new String[] {tag})[0]
                    : fallback.lemmatize(new String[] {previousToken, token}, new String[] {previousTag, tag})[1];
        }
        return "_".equals(lemma) ? token : lemma;
    }

    private String classify(int index) {
        double[] probabilities = model.eval(contexts.getContext(index, tokens, tags, classes));
        int best = 0;
        for (int i = 1; i < probabilities.length; i++) {
            if (probabilities[i] > probabilities[best]) {
                best = i;
            }
        }
        String editScript = model.getOutcome(best);
        if (!validator.validSequence(index, tokens, classes, editScript)) {
            return null;
        }
        one[0] = tokens[index];
        return LemmatizerME.decodeLemmas(one, new String[] {editScript})[0];
    }

    private String editScript(String token, String lemma) {
        one[0] = token;
        return LemmatizerME.encodeLemmas(one, new String[] {lemma})[0];
    }
}
