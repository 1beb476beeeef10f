package org.newsgraph.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.extract.EventKind;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Finds the event triggers of one sentence: nouns and verbs from the lexicon, outside quotations, with the
 * modifiers that change their kind, and marks those that only refer to an event or name a topic. Word order is read
 * here only for what lies inside a noun phrase (determiners, modifiers); the roles come from the parse
 * ({@link FrameParticipants}).
 */
final class TriggerFinder {


    private final EventLexicon lexicon;

    TriggerFinder(EventLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The trigger candidates of the sentence, in token order; only these sentences are parsed. */
    List<TriggerHit> find(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        List<TriggerHit> hits = new ArrayList<>();
        List<TriggerHit> perHits = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (MentionIndex.inQuote(tokens, i)) {
                continue;
            }
            Token t = tokens.get(i);
            EventLexicon.NounMatch noun = lexicon.nounAt(tokens, i);
            if (noun != null) {
                TriggerHit hit = nounHit(sentence, i, noun, !hits.isEmpty());
                if (hit == null) {
                    continue;
                }
                if (precededBy(tokens, i, "mediumPreposition")) {
                    perHits.add(hit);
                } else {
                    hits.add(hit);
                }
                continue;
            }
            EventLexicon.VerbTrigger verb = lexicon.separableAt(tokens, i);
            if (verb == null) {
                verb = lexicon.verb(t, i == 0);
            }
            if (verb != null && verbCounts(sentence, i, verb)) {
                EventKind kind = modified(sentence, verb.kind(), t, null);
                boolean generic = lexicon.isGenericTrigger(t.text(), verb.kind());
                hits.add(new TriggerHit(i, t.text(), kind, cameo(sentence, kind, verb.kind()), generic, true, false,
                        false, false, false, verb.frame(), kind != verb.kind()));
            }
        }
        return hits.isEmpty() ? perHits : hits;
    }

    private TriggerHit nounHit(Sentence sentence, int i, EventLexicon.NounMatch noun, boolean afterTrigger) {
        List<Token> tokens = sentence.tokens();
        Token t = tokens.get(i);
        int det = skipModifiers(tokens, i - 1);
        boolean newEvent = false;
        for (int k = det + 1; k < i; k++) {
            newEvent |= lexicon.isCue("newEventAdjective", tokens.get(k));
        }
        boolean definite = det >= 0 && isDefinite(tokens.get(det));
        boolean reference = !newEvent && (endsAnchor(tokens, det, i) || isGenitiveAttribute(tokens, det));
        if (!reference && afterTrigger && det >= 0 && lexicon.isCue("topicPreposition", tokens.get(det))) {
            return null;
        }
        if (!reference && afterTrigger && det > 0 && isDefinite(tokens.get(det))
                && lexicon.isCue("topicPreposition", tokens.get(det - 1))) {
            return null;
        }
        EventKind kind = modified(sentence, noun.kind(), t, noun.noun());
        boolean indefinite = det >= 0 && tokens.get(det).lemma().equals("ein")
                && tokens.get(det).tag().equals("DET");
        return new TriggerHit(i, t.text(), kind, cameo(sentence, kind, noun.kind()), noun.generic(), false, reference,
                definite, newEvent, indefinite, noun.frame(), kind != noun.kind());
    }

    /** Index of the first token before {@code from} that is not an adjective, number or adverb; -1 at the start. */
    private static int skipModifiers(List<Token> tokens, int from) {
        int k = from;
        while (k >= 0 && (tokens.get(k).tag().equals("ADJ") || tokens.get(k).tag().equals("NUM"))) {
            k--;
        }
        return k;
    }

    private boolean isDefinite(Token t) {
        String s = t.text().toLowerCase(Locale.ROOT);
        if (lexicon.isWord("definiteDeterminer", t) || t.tag().equals("ADP+DET")) {
            return true;
        }
        for (String stem : lexicon.cue("definiteStem")) {
            if (t.lemma().startsWith(stem) || s.startsWith(stem)) {
                return true;
            }
        }
        return false;
    }

    private boolean endsAnchor(List<Token> tokens, int det, int trigger) {
        for (CuePattern p : lexicon.patterns("anchorPhrase")) {
            int len = p.parts().get(0).size();
            int end = det;
            int start = end - len + 1;
            if (start >= 0 && p.find(tokens, start, end + 1) == start) {
                return true;
            }
        }
        return false;
    }

    /** "Fragen der künftigen Verhandlungen": a trigger in the genitive of another noun names a topic. */
    private static boolean isGenitiveAttribute(List<Token> tokens, int det) {
        if (det < 1) {
            return false;
        }
        String d = tokens.get(det).text().toLowerCase(Locale.ROOT);
        String before = tokens.get(det - 1).tag();
        return (d.equals("der") || d.equals("des")) && (before.equals("NOUN") || before.equals("PROPN"));
    }

    /** True when the word before token {@code i} (past its modifiers) belongs to the cue list {@code cue}. */
    private boolean precededBy(List<Token> tokens, int i, String cue) {
        int k = skipModifiers(tokens, i - 1);
        return k >= 0 && lexicon.isWord(cue, tokens.get(k));
    }

    /**
     * A verb that needs a modifier and has no frame role that could stand in for it ("sprachen per Telefon") is no
     * candidate without one. Whether a required role is filled ("trafen sich", "traf Xi") the parse decides later.
     */
    private boolean verbCounts(Sentence sentence, int i, EventLexicon.VerbTrigger verb) {
        if (verb.needsModifier() && verb.frame().required().isEmpty()) {
            return modified(sentence, verb.kind(), sentence.tokens().get(i), null) != verb.kind();
        }
        return true;
    }

    /** Applies the lexicon's modifiers found in the sentence (phrases) or on the token (compound prefixes). */
    private EventKind modified(Sentence sentence, EventKind kind, Token trigger, String matchedNoun) {
        EventKind result = kind;
        String word = trigger.text().toLowerCase(Locale.ROOT);
        for (EventLexicon.Modifier m : lexicon.modifiers()) {
            if (m.toKind() == null || !m.appliesTo().contains(kind)) {
                continue;
            }
            boolean prefixed = matchedNoun != null && word.length() > matchedNoun.length()
                    && m.prefixes().stream().anyMatch(word::startsWith);
            boolean phrased = m.phrases().stream()
                    .anyMatch(p -> p.find(sentence.tokens(), 0, sentence.tokens().size()) >= 0);
            if (prefixed || phrased) {
                result = m.toKind();
                if (result != EventKind.MEETING) {
                    return result;
                }
            }
        }
        if (result == EventKind.MEETING && summitLevel(sentence)) {
            return EventKind.SUMMIT;
        }
        return result;
    }

    private boolean summitLevel(Sentence sentence) {
        for (CuePattern phrase : lexicon.patterns("summitLevel")) {
            if (phrase.find(sentence.tokens(), 0, sentence.tokens().size()) >= 0) {
                return true;
            }
        }
        return false;
    }

    private String cameo(Sentence sentence, EventKind kind, EventKind baseKind) {
        for (EventLexicon.Modifier m : lexicon.modifiers()) {
            if (m.cameo() != null && (m.appliesTo().contains(kind) || m.appliesTo().contains(baseKind))
                    && m.phrases().stream().anyMatch(p -> p.find(sentence.tokens(), 0, sentence.tokens().size()) >= 0)) {
                return m.cameo();
            }
        }
        return lexicon.cameo(kind);
    }
}
