package org.babysteps.programme;

/** Which parent of a family answers a questionnaire: the parent giving birth, or their partner. */
public enum RespondentRole {
    BIRTH_PARENT,
    PARTNER
}
