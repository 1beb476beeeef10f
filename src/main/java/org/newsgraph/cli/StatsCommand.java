package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsgraph.graph.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code newsgraph stats}: counts per label and relationship type. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Prints the number of nodes per label and relationships per type.",
        footer = {"", "Example:", "  java -jar target/newsgraph.jar stats --db graph.db"})
public final class StatsCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DbOption db;

    @Mixin
    ServerOptions server;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (GraphConnection graph = GraphConnection.open(db, server, new StoreOptions(), false, System.err);
             GraphStore store = graph.store()) {
            print(out, "nodes", store.labelCounts());
            print(out, "relationships", store.relationshipCounts());
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void print(PrintWriter out, String heading, Map<String, Long> counts) {
        out.println(heading + ":");
        int width = Math.max("total".length(), counts.keySet().stream().mapToInt(String::length).max().orElse(0));
        long total = 0;
        for (var e : counts.entrySet()) {
            out.printf("  %-" + width + "s %8d%n", e.getKey(), e.getValue());
            total += e.getValue();
        }
        out.printf("  %-" + width + "s %8d%n", "total", total);
    }
}
