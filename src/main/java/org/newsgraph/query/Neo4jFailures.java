package org.newsgraph.query;

import org.neo4j.kernel.api.exceptions.Status;

/**
 * Tells apart the ways Neo4j stops a query on purpose (its timeout, LOAD CSV being off) from a query that is wrong,
 * for the embedded store (status codes on the exceptions) and over Bolt (the driver's codes), and words them.
 */
final class Neo4jFailures {

    private Neo4jFailures() {
    }

    /** Whether {@code e} (or a cause) is a transaction stopped by the timeout. */
    static boolean isTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String code = code(t);
            if (code.contains("TransactionTimedOut")) {
                return true;
            }
            String message = String.valueOf(t.getMessage());
            if (message.contains("db.transaction.timeout") || message.contains("not completed within the timeout")) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code e} (or a cause) is LOAD CSV refused by the store's settings. */
    static boolean isCsvRefused(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("allow_csv_import_from_file_urls") || message.contains("cypher_ip_blocklist")) {
                return true;
            }
        }
        return false;
    }

    /** The message for a LOAD CSV that the store refused. */
    static String csvRefused(Throwable e) {
        return "LOAD CSV is off in newsgraph: it would let a query read files of this machine or fetch URLs (Neo4j "
                + "says: " + firstLine(e.getMessage()) + "); if you mean it, run the command again with "
                + "--allow-csv-import";
    }

    private static String code(Throwable t) {
        if (t instanceof Status.HasStatus s) {
            return s.status().code().serialize();
        }
        if (t instanceof org.neo4j.driver.exceptions.Neo4jException n && n.code() != null) {
            return n.code();
        }
        return "";
    }

    static String firstLine(String message) {
        String m = message == null ? "" : message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl).strip();
    }
}
