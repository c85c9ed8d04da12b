package org.babysteps.family;

/** Who attends: a parent, or a supportive friend or relative. */
public enum ParticipantRole {
    PARENT,
    SUPPORTER
}
