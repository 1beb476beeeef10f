package org.newsgraph.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Three free loopback ports for a test server. */
record FreePorts(int bolt, int http, int sparql) {

    static FreePorts find() {
        try (ServerSocket a = open(); ServerSocket b = open(); ServerSocket c = open()) {
            return new FreePorts(a.getLocalPort(), b.getLocalPort(), c.getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ServerSocket open() throws IOException {
        return new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    }

    ServeConfig config(java.nio.file.Path db, String password) {
        return new ServeConfig(db, "127.0.0.1", bolt, http, sparql, password);
    }

    ServeConfig config(java.nio.file.Path db, String password, org.newsgraph.query.Timeout timeout) {
        return new ServeConfig(db, "127.0.0.1", bolt, http, sparql, password, timeout, false);
    }
}
