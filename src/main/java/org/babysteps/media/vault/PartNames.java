package org.babysteps.media.vault;

import java.util.UUID;

/** Blob names of parts: {@code <video id>/<part number, zero-padded>}, so a folder lists in part order. */
final class PartNames {

    private PartNames() {
    }

    static String folder(UUID videoId) {
        return videoId + "/";
    }

    static String name(UUID videoId, int part) {
        if (part < 0) {
            throw new IllegalArgumentException("part numbers start at 0: " + part);
        }
        return folder(videoId) + String.format("%010d", part);
    }

    static int partNumber(String name) {
        return Integer.parseInt(name.substring(name.lastIndexOf('/') + 1));
    }
}
