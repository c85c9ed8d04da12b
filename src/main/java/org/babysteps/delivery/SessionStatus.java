package org.babysteps.delivery;

/** Planned and delivered are separate facts: a planned session whose date passed without a register is missed. */
public enum SessionStatus {
    PLANNED,
    DELIVERED,
    CANCELLED
}
