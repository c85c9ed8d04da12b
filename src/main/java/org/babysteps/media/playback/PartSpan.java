package org.babysteps.media.playback;

/** The bytes to read from one part: {@code length} plaintext bytes from {@code offset} within the part. */
record PartSpan(int part, long offset, long length) {
}
