package org.newsgraph.extract.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Mention;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * The mentions of an article by sentence, with the positional facts the event and statement rules ask about:
 * which preposition governs a mention, whether a token stands inside a quotation, whether a mention is only the
 * first part of a compound ("Ukraine" in "Ukraine-Konflikt").
 */
public final class MentionIndex {

    private final List<Sentence> sentences;
    private final List<List<Mention>> bySentence = new ArrayList<>();
    private final java.util.Map<String, org.newsgraph.extract.Entity> actorBySurface = new java.util.HashMap<>();
    private final List<Mention> compounds = new ArrayList<>();

    public MentionIndex(ArticleAnalysis a) {
        this.sentences = a.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            bySentence.add(new ArrayList<>());
        }
        for (Mention m : a.mentions()) {
            if (!isCompoundPart(m)) {
                bySentence.get(m.sentence()).add(m);
            } else {
                compounds.add(m);
            }
            if (m.rule().equals("capital")) {
                actorBySurface.put(m.surface(), m.entity());
            }
        }
        bySentence.forEach(l -> l.sort(Comparator.comparingInt(Mention::firstToken)));
    }

    public Sentence sentence(int i) {
        return sentences.get(i);
    }

    public int size() {
        return sentences.size();
    }

    /** The sentence's mentions in text order, compound parts left out. */
    public List<Mention> in(int sentence) {
        return bySentence.get(sentence);
    }

    /** The sentence's mentions of the given types, in text order. */
    public List<Mention> in(int sentence, Set<EntityType> types) {
        return in(sentence).stream().filter(m -> types.contains(m.entity().type())).toList();
    }

    /**
     * The state a place stands for where the article uses its name as an actor elsewhere ("Moskau" linked to Russia
     * in "Washington und Moskau haben vereinbart"), or null.
     */
    public org.newsgraph.extract.Entity actorReading(Mention place) {
        return actorBySurface.get(place.surface());
    }

    /**
     * Organisations named as the first part of the compound at this token ("Nato-Gipfel", "EU-Treffen"): they hold
     * the event. (A state there names a topic: "Ukraine-Gespräch".)
     */
    public List<org.newsgraph.extract.Entity> compoundAt(int sentence, int token) {
        return compounds.stream().filter(m -> m.sentence() == sentence && m.firstToken() <= token
                && token <= m.lastToken() && m.entity().type() == EntityType.Organization)
                .map(Mention::entity).distinct().toList();
    }

    /** A mention covering only part of a hyphenated token ("Ukraine" of "Ukraine-Konflikt") is a modifier. */
    private boolean isCompoundPart(Mention m) {
        if (m.rule().equals("compound")) {
            return true;
        }
        if (m.firstToken() != m.lastToken()) {
            return false;
        }
        String token = sentences.get(m.sentence()).tokens().get(m.firstToken()).text();
        return token.contains("-") && !token.equals(m.surface()) && token.startsWith(m.surface())
                && !m.rule().equals("role");
    }

    /**
     * The preposition that governs the token at {@code at}, looking back over articles, adjectives, numbers and one
     * genitive-taking noun ("um die Absicht der USA" -> "um"); lower case, or null when none does.
     */
    public static String governingPreposition(List<Token> tokens, int at) {
        int i = at - 1;
        boolean crossedNoun = false;
        while (i >= 0) {
            Token t = tokens.get(i);
            String tag = t.tag();
            if (tag.startsWith("ADP")) {
                return t.text().toLowerCase(java.util.Locale.ROOT);
            }
            if (tag.equals("DET") || tag.equals("ADJ") || tag.equals("NUM")) {
                i--;
            } else if ((tag.equals("NOUN") || tag.equals("PROPN")) && !crossedNoun && i > 0
                    && tokens.get(i - 1).tag().matches("DET|ADJ|ADP.*")
                    && tokens.get(i + 1).text().matches("(?i)der|des")) {
                crossedNoun = true;
                i--;
            } else {
                return null;
            }
        }
        return null;
    }

    /** True when the token stands between quotation marks in its sentence. */
    public static boolean inQuote(List<Token> tokens, int at) {
        boolean open = false;
        for (int i = 0; i < at; i++) {
            String s = tokens.get(i).text();
            if (s.equals("„") || s.equals("»")) {
                open = true;
            } else if (s.equals("“") && open || s.equals("«") || s.equals("”")) {
                open = false;
            } else if (s.equals("\"") || s.equals("“")) {
                open = !open;
            }
        }
        return open;
    }

    /** True when the two sentences are in one paragraph (no blank line between them in the article text). */
    public boolean sameParagraph(String text, int first, int second) {
        int from = Math.min(first, second);
        int to = Math.max(first, second);
        if (from == to) {
            return true;
        }
        String between = text.substring(Math.min(sentences.get(from).end(), text.length()),
                Math.min(sentences.get(to).start(), text.length()));
        return !between.contains("\n\n") && !between.matches("(?s).*\\n\\s*\\n.*");
    }
}
