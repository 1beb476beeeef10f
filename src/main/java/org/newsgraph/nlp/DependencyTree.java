package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The dependency parse of one sentence, aligned one to one with its {@link Token}s: for each token the index of its
 * head (-1 for the root) and its Universal Dependencies relation ({@code nsubj}, {@code obj}, {@code obl:arg},
 * {@code compound:prt}, ...), lower case.
 *
 * <pre>{@code
 * DependencyTree t = parser.parse(sentence);
 * int verb = t.root();
 * for (int c : t.children(verb, "nsubj")) { ... }
 * }</pre>
 */
public final class DependencyTree {

    private final int[] heads;
    private final String[] relations;
    private final int[][] children;

    /**
     * @param heads the head of each token, -1 for the root
     * @param relations the relation of each token to its head ("root" for the root)
     */
    public DependencyTree(int[] heads, String[] relations) {
        if (heads.length != relations.length) {
            throw new IllegalArgumentException("expected one relation per head, found " + heads.length + " heads and "
                    + relations.length + " relations");
        }
        this.heads = heads.clone();
        this.relations = new String[relations.length];
        List<List<Integer>> kids = new ArrayList<>();
        for (int i = 0; i < heads.length; i++) {
            kids.add(new ArrayList<>());
        }
        for (int i = 0; i < heads.length; i++) {
            if (heads[i] < -1 || heads[i] >= heads.length || heads[i] == i) {
                throw new IllegalArgumentException("token " + i + " has head " + heads[i] + ", expected -1 or another"
                        + " token of the " + heads.length + " in the sentence");
            }
            this.relations[i] = relations[i].toLowerCase(Locale.ROOT);
            if (heads[i] >= 0) {
                kids.get(heads[i]).add(i);
            }
        }
        this.children = new int[heads.length][];
        for (int i = 0; i < heads.length; i++) {
            this.children[i] = kids.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    public int size() {
        return heads.length;
    }

    /** The head of token {@code i}, or -1 for the root. */
    public int head(int i) {
        return heads[i];
    }

    /** The relation of token {@code i} to its head, lower case ("obl:arg"). */
    public String relation(int i) {
        return relations[i];
    }

    /** The relation without its subtype ("obl:arg" -> "obl"). */
    public String baseRelation(int i) {
        String r = relations[i];
        int colon = r.indexOf(':');
        return colon < 0 ? r : r.substring(0, colon);
    }

    /** The first root token (the one whose head is -1), or -1 for an empty tree. */
    public int root() {
        for (int i = 0; i < heads.length; i++) {
            if (heads[i] < 0) {
                return i;
            }
        }
        return -1;
    }

    /** The dependents of token {@code i}, in sentence order. */
    public int[] children(int i) {
        return children[i].clone();
    }

    /**
     * The dependents of {@code i} whose relation is {@code relation} or one of its subtypes ("obl" finds "obl:arg"
     * too; "obl:arg" finds only itself).
     */
    public List<Integer> children(int i, String relation) {
        List<Integer> out = new ArrayList<>();
        for (int c : children[i]) {
            if (is(c, relation)) {
                out.add(c);
            }
        }
        return out;
    }

    /** True when token {@code i}'s relation is {@code relation} or one of its subtypes. */
    public boolean is(int i, String relation) {
        String r = relations[i];
        return r.equals(relation) || r.startsWith(relation) && r.length() > relation.length()
                && r.charAt(relation.length()) == ':';
    }

    /** The tokens of the subtree under {@code i} (itself included), lowest and highest index. */
    public int[] span(int i) {
        int[] span = {i, i};
        extend(i, span);
        return span;
    }

    private void extend(int i, int[] span) {
        for (int c : children[i]) {
            span[0] = Math.min(span[0], c);
            span[1] = Math.max(span[1], c);
            extend(c, span);
        }
    }

    /** True when {@code ancestor} is {@code i} or lies on the path from {@code i} to the root. */
    public boolean dominates(int ancestor, int i) {
        for (int k = i, steps = 0; k >= 0 && steps <= heads.length; k = heads[k], steps++) {
            if (k == ancestor) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DependencyTree t && Arrays.equals(heads, t.heads) && Arrays.equals(relations, t.relations);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(heads) + Arrays.hashCode(relations);
    }

    /** One line per token: index, head, relation (for tests and debugging). */
    public String describe(List<Token> tokens) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < heads.length; i++) {
            b.append(i).append(' ').append(tokens.get(i).text()).append(" <-").append(relations[i]).append("- ")
                    .append(heads[i] < 0 ? "ROOT" : heads[i] + " " + tokens.get(heads[i]).text()).append('\n');
        }
        return b.toString();
    }
}
