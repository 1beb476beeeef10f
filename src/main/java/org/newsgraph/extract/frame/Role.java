package org.newsgraph.extract.frame;

import java.util.Locale;
import java.util.Objects;

/**
 * One slot of an argument frame, as the lexicons in {@code ontology/} write it: a Universal Dependencies relation,
 * optionally with the preposition (or postposition) its {@code case} dependent must have.
 *
 * <pre>
 *   "nsubj"        the subject (subtypes too: nsubj:pass is read as the passive subject, see ArgumentReader)
 *   "obj", "iobj"  the objects
 *   "obl[mit]"     an oblique introduced by "mit" ("drohte mit Sanktionen")
 *   "nmod[nach]"   a noun's modifier introduced by "nach" ("Forderung nach Abzug")
 *   "nmod:poss"    a possessive or genitive ("Bidens Einladung")
 *   "nmod[]"       a noun's modifier without a preposition (a genitive: "das Treffen der Außenminister")
 *   "advcl>nsubj"  a path: the subject of the predicate's adverbial clause ("called on X to ...", which the
 *                  English parser reads as "X" the subject of "to ...")
 * </pre>
 *
 * @param relation the relation, lower case ("obl", "obl:arg", "nmod:poss")
 * @param preposition the preposition, lower case; null for any (or none); empty for none
 * @param then the role to follow from the filler of this one, or null (a path "advcl>nsubj")
 */
public record Role(String relation, String preposition, Role then) {

    public Role(String relation, String preposition) {
        this(relation, preposition, null);
    }

    public Role {
        Objects.requireNonNull(relation, "relation");
        relation = relation.toLowerCase(Locale.ROOT);
        preposition = preposition == null ? null : preposition.toLowerCase(Locale.ROOT);
        if (relation.isBlank() || relation.contains(" ")) {
            throw new IllegalArgumentException("expected a dependency relation such as nsubj or obl[mit], found '"
                    + relation + "'");
        }
    }

    /** Parses "obl[mit]", "nsubj", "nmod:poss". */
    public static Role parse(String spec) {
        String s = spec.strip();
        int step = s.indexOf('>');
        if (step > 0 && step < s.length() - 1) {
            Role first = parse(s.substring(0, step));
            return new Role(first.relation(), first.preposition(), parse(s.substring(step + 1)));
        }
        int open = s.indexOf('[');
        if (open < 0) {
            return new Role(s, null);
        }
        if (!s.endsWith("]") || open == 0) {
            throw new IllegalArgumentException("expected a role such as obl[mit], found '" + spec + "'");
        }
        return new Role(s.substring(0, open), s.substring(open + 1, s.length() - 1));
    }

    @Override
    public String toString() {
        String own = preposition == null ? relation : relation + "[" + preposition + "]";
        return then == null ? own : own + ">" + then;
    }
}
