package org.newsgraph.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.newsgraph.BadInputException;

/**
 * Reads a JSON Lines file, one article per line:
 * {@code {"id"?, "url"?, "title"?, "published"?, "source"?, "language"?, "text" | "html"}}.
 * The file is streamed line by line (never loaded whole); a line may be at most 10 MB. A bad line is reported with
 * its number and the other lines go on. A line without {@code id} gets {@code <id base>#<line>}
 * ({@link InputFile#idBase()}); an {@code id} used before in the run is a bad line ({@link ArticleIds}).
 */
public final class JsonLinesReader implements ArticleReader {

    private static final int BUFFER = 1 << 16;

    private final ArticleAssembler assembler;
    private final HtmlReader html;
    private final PlainTextReader text;
    private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    public JsonLinesReader(ArticleAssembler assembler, HtmlReader html) {
        this.assembler = assembler;
        this.html = html;
        this.text = new PlainTextReader(assembler, false);
    }

    @Override
    public void read(InputFile input, ArticleIds ids, ArticleSink sink) {
        String shown = input.shown();
        try (InputStream in = Files.newInputStream(input.path())) {
            byte[] buffer = new byte[BUFFER];
            byte[] line = new byte[1024];
            int length = 0;
            long lineBytes = 0;
            long done = 0;
            int number = 0;
            boolean any = false;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                int start = 0;
                for (int i = 0; i < n; i++) {
                    if (buffer[i] != '\n') {
                        continue;
                    }
                    int chunk = i - start;
                    line = append(line, length, buffer, start, chunk);
                    length = Math.min(length + chunk, line.length);
                    lineBytes += chunk;
                    done += lineBytes + 1;
                    any |= handle(line, length, lineBytes, ++number, input, ids, done, sink);
                    length = 0;
                    lineBytes = 0;
                    start = i + 1;
                }
                int chunk = n - start;
                line = append(line, length, buffer, start, chunk);
                length = Math.min(length + chunk, line.length);
                lineBytes += chunk;
            }
            if (lineBytes > 0) {
                done += lineBytes;
                any |= handle(line, length, lineBytes, ++number, input, ids, done, sink);
            }
            if (!any) {
                sink.failed(new BadInputException(shown, 0, "is empty; expected one JSON object per line"), done);
            }
        } catch (IOException e) {
            sink.failed(ArticleSource.unreadable(shown, e), 0);
        }
    }

    /** Appends up to the size limit (plus one byte, to notice a line over it); returns the possibly grown array. */
    private static byte[] append(byte[] line, int length, byte[] src, int from, int count) {
        long room = TextDecoder.MAX_ARTICLE_BYTES + 1 - length;
        int take = (int) Math.min(count, Math.max(room, 0));
        if (take == 0) {
            return line;
        }
        if (length + take > line.length) {
            line = Arrays.copyOf(line, (int) Math.min(Math.max(line.length * 2L, length + take),
                    TextDecoder.MAX_ARTICLE_BYTES + 1));
        }
        System.arraycopy(src, from, line, length, take);
        return line;
    }

    /** Handles one line; returns false for a blank line. */
    private boolean handle(byte[] line, int length, long lineBytes, int number, InputFile input, ArticleIds ids,
                           long done, ArticleSink sink) {
        String shown = input.shown();
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        if (isBlank(line, length)) {
            return false;
        }
        try {
            if (lineBytes > TextDecoder.MAX_ARTICLE_BYTES) {
                throw new BadInputException(shown, number, TextDecoder.sizeProblem(lineBytes, "a JSON Lines line"));
            }
            String source = TextDecoder.decode(line, length, shown, number);
            String sha = TextDecoder.sha256(line, length);
            Article article = article(source, input, ids, number, sha);
            ids.taken(article.id(), shown, number, sha);
            sink.article(article, done);
        } catch (BadInputException e) {
            sink.failed(e, done);
        }
        return true;
    }

    private Article article(String source, InputFile input, ArticleIds ids, int number, String sha) {
        String shown = input.shown();
        JsonNode node;
        try {
            node = json.readTree(source);
        } catch (JsonProcessingException e) {
            throw new BadInputException(shown, number, "not valid JSON: " + e.getOriginalMessage()
                    + "; expected one JSON object per line", e);
        }
        if (node == null || !node.isObject()) {
            throw new BadInputException(shown, number, "expected a JSON object {\"text\": ...} or {\"html\": ...},"
                    + " found " + (node == null ? "nothing" : node.getNodeType().name().toLowerCase()));
        }
        java.util.function.Function<String, String> field = name -> field(node, name, shown, number);
        String ownId = field.apply("id");
        String id = ownId != null ? ids.given(ownId, shown, number) : ids.fromPath(input.idBase() + "#" + number, sha);
        Metadata given = new Metadata(field.apply("title"), field.apply("source"), field.apply("url"),
                assembler.dates().normalize(field.apply("published")), field.apply("language"));
        String body = field.apply("text");
        if (body != null) {
            return assembler.assemble(text.lines(body), true, given, id, shown, number, sha);
        }
        String page = field.apply("html");
        if (page != null) {
            return html.parse(page, given, id, shown, number, sha);
        }
        throw new BadInputException(shown, number, "has neither \"text\" nor \"html\"; each line needs the article"
                + " as one of them, e.g. {\"id\": \"a1\", \"text\": \"...\"}");
    }

    /** A string field, or null when absent, null or blank; any other type is a bad line. */
    private static String field(JsonNode node, String name, String shown, int number) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new BadInputException(shown, number, "field \"" + name + "\" has the wrong type: expected a string, "
                    + "found " + describe(value) + "; write it as \"" + name + "\": \"...\"");
        }
        String s = value.asText();
        return s.isBlank() ? null : s;
    }

    /** "a number (12345)", "an array", ... for messages. */
    private static String describe(JsonNode value) {
        return switch (value.getNodeType()) {
            case NUMBER -> "a number (" + value.asText() + ")";
            case BOOLEAN -> "a boolean (" + value.asText() + ")";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            default -> value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static boolean isBlank(byte[] line, int length) {
        for (int i = 0; i < length; i++) {
            byte b = line[i];
            if (b != ' ' && b != '\t' && b != '\r' && b != '\f') {
                return false;
            }
        }
        return true;
    }
}
