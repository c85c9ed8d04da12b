/**
 * Notification: email to staff (reminders, warnings, alerts) through an outbox in the database, sent by a job
 * that is safe on several nodes; nothing is lost when the mail server is down.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification", allowedDependencies = {"platform", "identity"})
package org.babysteps.notification;
