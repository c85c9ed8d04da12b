package org.babysteps.notification;

import java.time.Instant;
import java.util.UUID;

/** An email in the outbox: queued, being retried, or sent. */
public record OutboxMessage(UUID id, String key, String recipientEmail, String subject, String body, Instant queuedAt,
                            int attempts, String lastError, Instant sentAt) {
}
