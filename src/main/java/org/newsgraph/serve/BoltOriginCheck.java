package org.newsgraph.serve;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.neo4j.bolt.BoltServer;
import org.neo4j.bolt.protocol.common.connector.Connector;
import org.neo4j.bolt.protocol.common.connector.connection.Connection;
import org.neo4j.bolt.protocol.common.connector.connection.listener.ConnectionListener;
import org.neo4j.bolt.protocol.common.connector.listener.ConnectorListener;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.newsgraph.ConfigurationException;

/**
 * Refuses Bolt over WebSocket from web pages of other origins: Neo4j 5.26 upgrades any HTTP request on the Bolt port
 * to a WebSocket whatever its {@code Origin}, so any page a user opens could talk Bolt to a local server.
 *
 * <pre>{@code
 * BoltOriginCheck.install(database.graph(), config.browserOrigins());
 * }</pre>
 *
 * <p>Design decision: a handler put first in each Bolt connection's pipeline reads the first bytes; a Bolt handshake
 * (drivers) passes at once, an HTTP request passes when it has no {@code Origin} (programs, not browsers) or an allowed
 * one, and gets {@code 403 Forbidden} otherwise; then the handler removes itself, handing on what it read. Neo4j offers
 * no setting for this; the hook is its connector and connection listeners (internal API, checked by ServeSecurityIT).
 */
final class BoltOriginCheck extends ByteToMessageDecoder {

    /** An HTTP request head longer than this is refused (Neo4j's own aggregator stops at 64 KiB). */
    private static final int MAX_HEAD = 64 * 1024;

    private final Set<String> allowed;

    private BoltOriginCheck(Set<String> allowed) {
        this.allowed = allowed;
    }

    /**
     * Puts the check on every Bolt connector of the DBMS behind {@code graph}.
     *
     * @throws ConfigurationException when this Neo4j has no Bolt server to hook into
     */
    static void install(GraphDatabaseService graph, Set<String> allowedOrigins) {
        BoltServer bolt;
        try {
            bolt = ((GraphDatabaseAPI) graph).getDependencyResolver().resolveDependency(BoltServer.class);
        } catch (RuntimeException e) {
            throw new ConfigurationException("expected Neo4j's Bolt server in the embedded DBMS to check the origin "
                    + "of WebSocket connections, found none (" + e.getMessage() + "); this build of newsgraph needs "
                    + "Neo4j 5.26", e);
        }
        Set<String> allowed = Set.copyOf(allowedOrigins);
        ConnectionListener perConnection = new ConnectionListener() {
            @Override
            public void onNetworkPipelineInitialized(ChannelPipeline pipeline) {
                pipeline.addFirst("newsgraph-origin-check", new BoltOriginCheck(allowed));
            }
        };
        for (Connector<?> connector : bolt.getConnectors()) {
            connector.registerListener(new ConnectorListener() {
                @Override
                public void onConnectionCreated(Connection connection) {
                    connection.registerListener(perConnection);
                }
            });
        }
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (in.readableBytes() < 4) {
            return;
        }
        if (!startsWith(in, "GET ")) {
            ctx.pipeline().remove(this);
            return;
        }
        int end = headEnd(in);
        if (end < 0) {
            if (in.readableBytes() > MAX_HEAD) {
                refuse(ctx, in, "431 Request Header Fields Too Large", "request head too long");
            }
            return;
        }
        String origin = header(in.toString(in.readerIndex(), end - in.readerIndex(), StandardCharsets.ISO_8859_1),
                "origin");
        if (origin == null || allowed.contains(origin)) {
            ctx.pipeline().remove(this);
            return;
        }
        refuse(ctx, in, "403 Forbidden", "newsgraph serve: Bolt over WebSocket is open to Neo4j Browser at "
                + String.join(" or ", allowed) + " only, not to pages of " + origin);
    }

    private static void refuse(ChannelHandlerContext ctx, ByteBuf in, String status, String body) {
        in.skipBytes(in.readableBytes());
        byte[] text = body.getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 " + status + "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: "
                + text.length + "\r\nConnection: close\r\n\r\n";
        ByteBuf response = Unpooled.buffer();
        response.writeBytes(head.getBytes(StandardCharsets.ISO_8859_1)).writeBytes(text);
        ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
    }

    private static boolean startsWith(ByteBuf in, String prefix) {
        for (int i = 0; i < prefix.length(); i++) {
            if (in.getByte(in.readerIndex() + i) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The index just past the blank line that ends the request head, or -1 while it has not all arrived. */
    private static int headEnd(ByteBuf in) {
        for (int i = in.readerIndex(); i + 3 < in.writerIndex(); i++) {
            if (in.getByte(i) == '\r' && in.getByte(i + 1) == '\n' && in.getByte(i + 2) == '\r'
                    && in.getByte(i + 3) == '\n') {
                return i + 4;
            }
        }
        return -1;
    }

    /** The value of header {@code name} (lower case) in an HTTP request head, or null. */
    static String header(String head, String name) {
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().toLowerCase(Locale.ROOT).equals(name)) {
                return line.substring(colon + 1).strip();
            }
        }
        return null;
    }
}
