package org.babysteps.programme;

import java.util.List;

/**
 * One step of the curriculum, in order: a home visit or a group session.
 *
 * @param code             stable code, e.g. "antenatal-visit" or "session-3"
 * @param kind             home visit or group session
 * @param phase            antenatal or postnatal
 * @param title            what users see, e.g. "Antenatal group session 3"
 * @param sessionNumber    1..n for group sessions, null for visits
 * @param weeksAfterStart  for group sessions: when it is planned, in weeks after the group's first session
 * @param themeCodes       the themes it covers
 * @param talkAndListenTime whether "talk and listen time" is filmed at this contact
 */
public record ContactDefinition(String code, ContactKind kind, Phase phase, String title, Integer sessionNumber,
                                Integer weeksAfterStart, List<String> themeCodes, boolean talkAndListenTime) {

    public ContactDefinition {
        themeCodes = List.copyOf(themeCodes);
    }

    public boolean isGroupSession() {
        return kind == ContactKind.GROUP_SESSION;
    }
}
