package org.babysteps.programme;

/** Before or after the baby's birth. */
public enum Phase {
    ANTENATAL,
    POSTNATAL
}
