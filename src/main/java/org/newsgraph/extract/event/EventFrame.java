package org.newsgraph.extract.event;

import java.util.List;
import java.util.Objects;
import org.newsgraph.extract.frame.Role;

/**
 * The argument frame of an event trigger, as {@code ontology/events.ttl} declares it: which roles of the trigger in
 * the dependency parse name its participants. Frames are shared resources ("ev:frame-meet" for treffen,
 * "ev:frame-talk-noun" for Gespräch, Treffen, Telefonat, ...), so that a lexicon entry only names its frame.
 *
 * <pre>
 *   treffen        participants nsubj, obj, obl[mit]; required obj or obl[mit] ("trafen sich", "traf Xi")
 *   empfangen      participants nsubj, obj (both sides of a reception)
 *   Treffen        participants nmod[mit], nmod[zwischen], nmod:poss, ...; governor obj, obl[zu] ("führte ein
 *                  Gespräch", "kam zu seinem Treffen mit Putin zusammen": the governing verb's subject takes part)
 * </pre>
 *
 * @param id the frame's IRI, for messages
 * @param participants roles whose fillers take part (the subject read as {@code ArgumentReader.subject} reads it)
 * @param required for a verb: it names an event only when one of these roles is filled (by anything, "sich"
 *                 included); empty when it always does
 * @param governor for a noun: its relations to a governing verb under which that verb's subject (and its
 *                 "mit" partner) take part too
 * @param partyRequired for a verb: a required role must be filled by a party, not by any noun ("begleitete den
 *                 Kanzler" is a trip together, "die Umsetzung begleiten" none)
 */
public record EventFrame(String id, List<Role> participants, List<Role> required, List<Role> governor,
                         boolean partyRequired) {

    public EventFrame {
        Objects.requireNonNull(id, "id");
        participants = List.copyOf(participants);
        required = List.copyOf(required);
        governor = List.copyOf(governor);
        if (participants.isEmpty()) {
            throw new IllegalArgumentException("expected at least one ng:participantRole in frame " + id
                    + ", found none");
        }
    }
}
