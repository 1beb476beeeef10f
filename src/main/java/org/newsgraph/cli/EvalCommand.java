package org.newsgraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsgraph.eval.Evaluation;
import org.newsgraph.eval.Evaluator;
import org.newsgraph.eval.Gold;
import org.newsgraph.eval.Score;
import org.newsgraph.graph.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsgraph eval --gold FILE}: precision, recall and F1 of the graph against gold facts. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Scores the current graph against a gold file (the format of seed-gold.json): precision, "
                + "recall and F1 for entities per type, events, met pairs and statements, with misses and spurious "
                + "facts listed.",
        footer = {"", "Example:", "  java -jar target/newsgraph.jar ingest corpus/",
                "  java -jar target/newsgraph.jar eval \\",
                "      --gold src/test/resources/gold/seed-gold.json",
                "  java -jar target/newsgraph.jar eval --only en \\",
                "      --gold src/test/resources/dev/tune/gold.json"})
public final class EvalCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DbOption db;

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "The gold file (JSON).")
    Path gold;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "table (default) or json.")
    String format;

    @Option(names = "--quiet", description = "Print only the scores, not the misses and spurious facts.")
    boolean quiet;

    @Option(names = "--only", paramLabel = "PREFIX",
            description = "Score only the articles whose gold id starts with PREFIX (en: the English ones).")
    String only;

    @Override
    public Integer call() throws Exception {
        if (!format.equals("table") && !format.equals("json")) {
            throw new IllegalArgumentException("expected --format table or json, found '" + format + "'");
        }
        Gold g = Gold.read(gold);
        if (only != null) {
            g = g.only(only);
        }
        Evaluation e;
        try (GraphStore store = GraphStore.existing(db.db())) {
            e = new Evaluator(g).evaluate(store.runner());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("json")) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json(e)));
        } else {
            table(out, e);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static Map<String, Object> json(Evaluation e) {
        Map<String, Object> root = new LinkedHashMap<>();
        for (Score s : e.scores()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("precision", round(s.precision()));
            m.put("recall", round(s.recall()));
            m.put("f1", round(s.f1()));
            m.put("tp", s.truePositives());
            m.put("fp", s.falsePositives());
            m.put("fn", s.falseNegatives());
            m.put("missed", s.missed());
            m.put("spurious", s.spurious());
            root.put(s.category(), m);
        }
        root.put("duplicates", e.duplicates());
        root.put("boilerplate", e.boilerplate());
        return root;
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }

    private void table(PrintWriter out, Evaluation e) {
        out.printf("%-22s %9s %9s %9s %5s %5s %5s%n", "category", "precision", "recall", "F1", "tp", "fp", "fn");
        for (Score s : e.scores()) {
            out.printf("%-22s %9.3f %9.3f %9.3f %5d %5d %5d%n", s.category(), s.precision(), s.recall(), s.f1(),
                    s.truePositives(), s.falsePositives(), s.falseNegatives());
        }
        if (quiet) {
            return;
        }
        for (Score s : e.scores()) {
            list(out, s.category() + " missed", s.missed());
            list(out, s.category() + " spurious", s.spurious());
        }
        list(out, "gold entities split over several nodes", e.duplicates());
        list(out, "boilerplate names in the graph", e.boilerplate());
    }

    private static void list(PrintWriter out, String heading, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        out.println();
        out.println(heading + ":");
        items.forEach(i -> out.println("  - " + i));
    }
}
