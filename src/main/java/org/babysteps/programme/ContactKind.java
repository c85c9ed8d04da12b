package org.babysteps.programme;

/** A programme contact is either a home visit to one family or a group session. */
public enum ContactKind {
    HOME_VISIT,
    GROUP_SESSION
}
