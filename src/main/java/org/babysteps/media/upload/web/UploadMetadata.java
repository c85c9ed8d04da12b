package org.babysteps.media.upload.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.babysteps.media.upload.UploadRefused;

/**
 * The tus creation extension's Upload-Metadata header: comma-separated pairs of a key and its base64 value (UTF-8
 * text here), a key alone meaning an empty value.
 */
final class UploadMetadata {

    private UploadMetadata() {
    }

    static Map<String, String> parse(String header) {
        Map<String, String> values = new HashMap<>();
        if (header == null || header.isBlank()) {
            return values;
        }
        for (String pair : header.split(",")) {
            String[] parts = pair.trim().split(" ", 2);
            try {
                values.put(parts[0], parts.length < 2 ? "" : new String(Base64.getDecoder().decode(parts[1].trim()),
                        StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw new UploadRefused(400, "Upload-Metadata values must be base64 (the value of " + parts[0]
                        + " is not).");
            }
        }
        return values;
    }
}
