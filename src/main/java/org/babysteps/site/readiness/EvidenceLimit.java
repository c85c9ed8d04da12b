package org.babysteps.site.readiness;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The one place the evidence file size limit is read from the settings: the file rules and the pages use it. */
@Component
public class EvidenceLimit {

    private final long bytes;

    EvidenceLimit(@Value("${babysteps.readiness.max-evidence-bytes:10485760}") long bytes) {
        this.bytes = bytes;
    }

    public long bytes() {
        return bytes;
    }

    /** The limit in whole megabytes, as the pages state it. */
    public long megabytes() {
        return bytes / (1024 * 1024);
    }
}
