package org.babysteps.outcomes.instrument;

/**
 * One thing wrong in an instrument file, with where: a JSON Pointer into the file (e.g. "/items/9/number"), which
 * the reader turns into a line number.
 */
record Problem(String pointer, String message) {

    static Problem at(String pointer, String message) {
        return new Problem(pointer, message);
    }
}
