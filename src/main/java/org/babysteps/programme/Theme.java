package org.babysteps.programme;

/** One of a programme's themes, e.g. "caring for our baby". */
public record Theme(String code, String title) {
}
