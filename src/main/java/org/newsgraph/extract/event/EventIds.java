package org.newsgraph.extract.event;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;

/**
 * The deterministic id of an event: {@code <family>-<date as known | undated>-<hash of the participant keys>},
 * for example {@code video-2021-12-07-3f9a1c0b} or {@code video-2021-12-3f9a1c0b}.
 *
 * <p>Design decision: the id uses only what every report of the event is likely to agree on (the kind family, the
 * month, the persons or else the parties), so that reports of one event get one id whatever order they arrive in;
 * where two reports still differ (one names a third participant), the matcher merges them and the smaller id
 * survives ({@link EventMatcher#merge}), which is again independent of order. An undated event's hash also covers
 * its article: the matcher never joins reports without a date, so neither may their ids (a planned summit with
 * Selenskyj in one article is not another article's summit with him).
 */
public final class EventIds {

    private EventIds() {
    }

    public static String of(String family, String date, Collection<Entity> participants, String articleId) {
        List<Entity> persons = participants.stream().filter(e -> e.type() == EntityType.Person).toList();
        List<String> keys = new ArrayList<>(
                (persons.isEmpty() ? participants : persons).stream().map(Entity::key).sorted().toList());
        boolean undated = date == null || date.isBlank();
        if (undated) {
            keys.add("article:" + articleId);
        }
        return family + "-" + (undated ? "undated" : date.replace('/', '_')) + "-" + hash(String.join("|", keys));
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
