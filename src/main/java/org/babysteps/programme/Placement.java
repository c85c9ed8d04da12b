package org.babysteps.programme;

/** Where a family referred to a group goes: a place in the group, or its waiting list when the group is full. */
public enum Placement {
    ENROLLED,
    WAITING_LIST
}
