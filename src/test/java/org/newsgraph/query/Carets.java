package org.newsgraph.query;

/** Checks the caret line that error messages put under a query's offending column. */
public final class Carets {

    private Carets() {
    }

    /** Whether {@code err} has a line ending in {@code text} and, under it, a caret at {@code column} of the text. */
    public static boolean under(String err, String text, int column) {
        java.util.List<String> lines = err.lines().toList();
        for (int i = 0; i + 1 < lines.size(); i++) {
            String line = lines.get(i);
            if (line.endsWith(text)) {
                int at = line.length() - text.length() + column - 1 + (text.startsWith("\"") ? 1 : 0);
                String caret = lines.get(i + 1);
                return caret.strip().equals("^") && caret.indexOf('^') == at;
            }
        }
        return false;
    }
}
