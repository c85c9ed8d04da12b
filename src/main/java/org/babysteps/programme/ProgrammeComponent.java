package org.babysteps.programme;

/**
 * A part of the programme a site may or may not change. Core components carry the evidence and must not change;
 * adaptable ones may be adapted locally with the licensor's agreement.
 */
public record ProgrammeComponent(String code, String title, String description, boolean core) {
}
