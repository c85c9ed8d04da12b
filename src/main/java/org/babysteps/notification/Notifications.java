package org.babysteps.notification;

/** Sends email to staff. Queues in the caller's transaction, so a rolled-back change sends nothing. */
public interface Notifications {

    /**
     * Queues one email per person in the audience. The same {@code key} for the same person is queued only once,
     * so a job that runs twice, or on two nodes at once, sends each reminder once.
     *
     * @param key     what this is about and why, e.g. "licence-renewal:{licenceId}:6-months"
     * @param subject plain text, no personal data about families
     * @param body    plain text, no personal data about families
     */
    void notify(String key, Audience audience, String subject, String body);
}
