package org.newsgraph.rdf;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * The stable IRIs of the export, all under one base (default {@value #DEFAULT_BASE}):
 * {@code <base>article/<id>}, {@code <base>person/<id>} (and {@code country}, {@code organization},
 * {@code agreement}, {@code place}), {@code <base>event/<id>}, and for the nodes the graph has no id for, a key
 * derived from what they connect: {@code <base>statement/<type>/<hash>}, {@code <base>mention/<article>/<type>/<id>},
 * {@code <base>office/<person>/<hash>}. The same graph gives the same IRIs in every export.
 *
 * <p>The entity IRIs are those of the knowledge base ({@code id:country/RU}, {@code id:person/wladimir-putin}).
 *
 * @param base an absolute IRI ending in {@code /} or {@code #}
 */
public record IriScheme(String base) {

    public static final String DEFAULT_BASE = "https://newsgraph.org/id/";

    public IriScheme {
        Objects.requireNonNull(base, "base");
        try {
            URI uri = new URI(base);
            if (!uri.isAbsolute() || !(base.endsWith("/") || base.endsWith("#"))) {
                throw new IllegalArgumentException("expected an absolute base IRI ending in '/' or '#' "
                        + "(like " + DEFAULT_BASE + "), found '" + base + "'");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("expected a base IRI like " + DEFAULT_BASE + ", found '" + base
                    + "': " + e.getMessage(), e);
        }
    }

    public static IriScheme defaults() {
        return new IriScheme(DEFAULT_BASE);
    }

    public String article(String id) {
        return base + "article/" + segment(id);
    }

    /** An entity of a graph label ({@code Person}, {@code Country}, ...): {@code <base>person/<id>}. */
    public String entity(String label, String id) {
        return base + label.toLowerCase(Locale.ROOT) + "/" + segment(id);
    }

    public String event(String id) {
        return base + "event/" + segment(id);
    }

    /** A statement node, keyed on what identifies a statement: type, actor, target and content. */
    public String statement(String type, String actorIri, String targetIri, String what) {
        return base + "statement/" + type.toLowerCase(Locale.ROOT) + "/"
                + hash(actorIri + "\n" + targetIri + "\n" + what);
    }

    public String mention(String articleId, String label, String entityId) {
        return base + "mention/" + segment(articleId) + "/" + label.toLowerCase(Locale.ROOT) + "/" + segment(entityId);
    }

    /** An office tenure: the person, the office holder's country or organization, the title and the start. */
    public String office(String personId, String ofIri, String title, String since) {
        return base + "office/" + segment(personId) + "/" + hash(ofIri + "\n" + title + "\n" + since);
    }

    /** The named graph that holds the data in quad formats (TriG, N-Quads). */
    public String graph() {
        return base + "graph";
    }

    /** Percent-encodes everything but unreserved characters, so any id is one safe path segment. */
    static String segment(String id) {
        StringBuilder out = new StringBuilder();
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(HexFormat.of().withUpperCase().toHexDigits((byte) c));
            }
        }
        return out.toString();
    }

    private static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
