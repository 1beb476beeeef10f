package org.newsgraph.extract;

import java.util.Objects;

/**
 * One place in an article where an entity is named or described, linked to its canonical entity.
 *
 * @param entity the canonical entity
 * @param surface the text as written ("Kreml-Chef", "Russlands")
 * @param sentence the 0-based sentence index
 * @param firstToken index of the first token within the sentence
 * @param lastToken index of the last token (inclusive)
 * @param rule how it was linked (for explanations and tests): label, alias, short-name, role, capital, adjective, cue
 */
public record Mention(Entity entity, String surface, int sentence, int firstToken, int lastToken, String rule) {

    public Mention {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(rule, "rule");
        if (firstToken < 0 || lastToken < firstToken) {
            throw new IllegalArgumentException(
                    "bad token range [" + firstToken + "," + lastToken + "] for mention '" + surface + "'");
        }
    }
}
