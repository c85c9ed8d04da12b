package org.babysteps.media.parentlink;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Forgets bad-token counts once they are older than the throttle's window: they hold callers' addresses (personal
 * data) and are of no use after it. A scheduled job rather than a delete on every bad token, so an anonymous caller
 * cannot make the database scan the table, and old rows go even when no new bad token comes. Safe on several nodes at
 * once: deleting rows that another node has just deleted deletes nothing.
 */
@Component
class OldRefusalsPurge {

    private static final Logger log = LoggerFactory.getLogger(OldRefusalsPurge.class);

    private final BadTokenThrottle throttle;

    OldRefusalsPurge(BadTokenThrottle throttle) {
        this.throttle = throttle;
    }

    @Scheduled(cron = "${babysteps.media.parent-link-refusal-purge-cron:0 */15 * * * *}", zone = "Europe/London")
    void onSchedule() {
        int forgotten = throttle.forgetOld();
        if (forgotten > 0) {
            log.info("Parent links: {} bad-token counts older than the throttle's window forgotten", forgotten);
        }
    }
}
