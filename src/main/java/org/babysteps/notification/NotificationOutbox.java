package org.babysteps.notification;

import java.util.List;

/** What has been queued and sent: for the licensor admin's outbox page and for tests of jobs that notify. */
public interface NotificationOutbox {

    /** The newest messages first. */
    List<OutboxMessage> recent(int limit);

    /** Every message queued under one key, by recipient. */
    List<OutboxMessage> withKey(String key);
}
