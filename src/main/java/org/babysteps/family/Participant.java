package org.babysteps.family;

import java.util.UUID;

/** A person of a family who attends sessions and appears on registers. */
public record Participant(UUID id, FamilyId familyId, String name, ParticipantRole role) {
}
