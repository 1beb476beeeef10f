package org.newsgraph.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.newsgraph.BadInputException;

/**
 * Turns raw input bytes into text, refusing what is not an article: empty input, binary data, invalid UTF-8.
 * Decoding is strict ({@link CodingErrorAction#REPORT}), so a Latin-1 file is reported, not silently garbled.
 */
final class TextDecoder {

    /** An article file (or JSONL line) may be at most this large. */
    static final long MAX_ARTICLE_BYTES = 10_000_000L;

    private static final int BINARY_SAMPLE = 8192;

    private TextDecoder() {
    }

    /**
     * @param bytes the raw input; {@code length} bytes from 0 are used
     * @param file the file as the user gave it, for messages
     * @param line the JSONL line, or 0 for a whole file
     */
    static String decode(byte[] bytes, int length, String file, int line) {
        if (isBlank(bytes, length)) {
            throw new BadInputException(file, line, "is empty; expected the text of a news article");
        }
        if (looksBinary(bytes, length)) {
            throw new BadInputException(file, line, "looks binary, not text (it holds NUL or control bytes);"
                    + " expected a UTF-8 text, Markdown, HTML or JSON Lines file");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
        CharBuffer out = CharBuffer.allocate(length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new BadInputException(file, line, "is not valid UTF-8 at byte " + in.position()
                    + "; save it as UTF-8 (for example `iconv -f latin1 -t utf-8`)");
        }
        out.flip();
        int start = out.length() > 0 && out.charAt(0) == '\uFEFF' ? 1 : 0;
        return out.subSequence(start, out.length()).toString();
    }

    static String sizeProblem(long size, String what) {
        return String.format(Locale.ROOT, "is %.1f MB; %s may be at most %d MB; split it or use .jsonl",
                size / 1_000_000.0, what, MAX_ARTICLE_BYTES / 1_000_000);
    }

    static String sha256(byte[] bytes, int length) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(bytes, 0, length);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static boolean isBlank(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                return false;
            }
        }
        return true;
    }

    /** NUL bytes, or more than 5% control bytes other than tab, newline, carriage return and form feed. */
    private static boolean looksBinary(byte[] bytes, int length) {
        int sample = Math.min(length, BINARY_SAMPLE);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
                control++;
            }
        }
        return control * 20 > sample;
    }
}
