package org.babysteps.media.retention;

/**
 * When an upload that never finished counts as abandoned: nothing (a new chunk, or an attempt at one) has touched it
 * for {@code days}. A connection lost overnight or a laptop closed over a weekend resumes well within the default 7.
 */
record AbandonedUploadPolicy(int days) {

    AbandonedUploadPolicy {
        if (days < 1) {
            throw new IllegalArgumentException("babysteps.media.abandoned-upload-days must be at least 1, was " + days);
        }
    }

    String reason() {
        return "abandoned upload: untouched for " + days + " days";
    }
}
