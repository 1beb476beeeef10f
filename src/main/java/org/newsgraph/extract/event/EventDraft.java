package org.newsgraph.extract.event;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EventKind;
import org.newsgraph.extract.EventStatus;

/**
 * An event being assembled from its mentions within one article (mutable; the extractor's working state).
 */
final class EventDraft {

    EventKind kind;
    String cameo;
    boolean generic;
    EventStatus status;
    String date;
    Integer weekday;
    String startTime;
    String duration;
    Entity place;
    String title;
    boolean titleGeneric;
    String trigger;
    final Set<Entity> participants = new LinkedHashSet<>();
    final Set<Entity> agreements = new LinkedHashSet<>();
    final Set<Integer> sentences = new LinkedHashSet<>();
    final List<String> evidence = new ArrayList<>();

    EventDraft(TriggerHit hit, EventStatus status) {
        this.kind = hit.kind();
        this.cameo = hit.cameo();
        this.generic = hit.generic();
        this.status = status;
        this.trigger = hit.surface();
        this.title = hit.verb() ? null : hit.surface();
        this.titleGeneric = hit.generic();
    }

    /** Takes a further mention of the same event: a specific kind replaces a generic one. */
    void absorb(TriggerHit hit, List<Entity> people) {
        participants.addAll(people);
        boolean fromVerb = title == null;
        boolean inPerson = kind == EventKind.MEETING || kind == EventKind.VISIT || kind == EventKind.CONSULTATION;
        boolean informative = !hit.generic() || hit.kind() != EventKind.MEETING;
        if (generic && !hit.generic() || fromVerb && inPerson && !hit.verb() && informative && hit.kind() != kind) {
            kind = hit.kind();
            cameo = hit.cameo();
            generic = false;
            trigger = hit.surface();
            if (!hit.verb()) {
                title = hit.surface();
            }
        }
        if (!hit.verb() && (title == null || titleGeneric && !hit.generic())) {
            title = hit.surface();
            titleGeneric = hit.generic();
        }
    }

    void addSentence(int index, String text) {
        if (sentences.add(index)) {
            evidence.add(text);
        }
    }

    List<Entity> persons() {
        return participants.stream().filter(e -> e.type() == org.newsgraph.extract.EntityType.Person).toList();
    }
}
