package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.ingest.PartialDate;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/** The state of linking one article: its sentences, the mentions found so far and which tokens they cover. */
final class ArticleLinking {

    final List<Sentence> sentences;
    final PartialDate date;
    final List<Mention> mentions = new ArrayList<>();
    final List<Office> offices = new ArrayList<>();
    final List<Part> parts = new ArrayList<>();
    /** The status the text gives an agreement (draft, signed, in force). */
    final java.util.Map<Entity, String> agreementStatus = new java.util.LinkedHashMap<>();
    /** Ids of the persons the article names (by name, not by description). */
    final Set<String> named = new HashSet<>();
    private final boolean[][] covered;

    ArticleLinking(List<Sentence> sentences, PartialDate date) {
        this.sentences = sentences;
        this.date = date;
        this.covered = new boolean[sentences.size()][];
        for (int s = 0; s < sentences.size(); s++) {
            covered[s] = new boolean[sentences.get(s).tokens().size()];
        }
    }

    List<Token> tokens(int sentence) {
        return sentences.get(sentence).tokens();
    }

    void add(Entity entity, int sentence, int first, int last, String rule) {
        List<Token> tokens = tokens(sentence);
        Token a = tokens.get(first);
        Token b = tokens.get(last);
        String text = sentences.get(sentence).text();
        int base = sentences.get(sentence).start();
        String surface = text.substring(a.start() - base, b.end() - base);
        mentions.add(new Mention(entity, surface, sentence, first, last, rule));
        for (int k = first; k <= last; k++) {
            covered[sentence][k] = true;
        }
    }

    /** Takes back a mention another source contradicts ("Dumas" as the Duma inside the name "Roland Dumas"). */
    void remove(Mention m) {
        mentions.remove(m);
        for (int k = m.firstToken(); k <= m.lastToken(); k++) {
            covered[m.sentence()][k] = false;
        }
    }

    /** Takes back every mention within tokens first..last of the sentence. */
    void removeWithin(int sentence, int first, int last) {
        for (Mention m : List.copyOf(mentions)) {
            if (m.sentence() == sentence && m.firstToken() >= first && m.lastToken() <= last) {
                remove(m);
            }
        }
    }

    boolean isCovered(int sentence, int token) {
        return covered[sentence][token];
    }

    /** The mention that ends at token {@code last} of the sentence, or null. */
    Mention endingAt(int sentence, int last) {
        for (int k = mentions.size() - 1; k >= 0; k--) {
            Mention m = mentions.get(k);
            if (m.sentence() == sentence && m.lastToken() == last) {
                return m;
            }
        }
        return null;
    }

    /** The mention that starts at token {@code first} of the sentence, or null. */
    Mention startingAt(int sentence, int first) {
        for (Mention m : mentions) {
            if (m.sentence() == sentence && m.firstToken() == first) {
                return m;
            }
        }
        return null;
    }
}
