package org.babysteps.site.licence;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import org.babysteps.identity.Role;
import org.babysteps.identity.SiteScope;
import org.babysteps.identity.SystemIdentity;
import org.babysteps.notification.Audience;
import org.babysteps.notification.Notifications;
import org.babysteps.platform.UkTime;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds the site's leads and the licensor's staff that a licence needs renewing: once when an active licence
 * comes within six months of its end, and again within three. The key names the licence and the threshold, so
 * each reminder is queued once however often the job runs and on however many nodes.
 */
@Component
public class LicenceRenewalReminders {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

    private final LicenceStore licences;
    private final Notifications notifications;
    private final TransactionTemplate transaction;

    LicenceRenewalReminders(LicenceStore licences, Notifications notifications, TransactionTemplate transaction) {
        this.licences = licences;
        this.notifications = notifications;
        this.transaction = transaction;
    }

    @Scheduled(cron = "${babysteps.licence.renewal-reminder-cron:0 15 6 * * *}", zone = "Europe/London")
    void onSchedule() {
        run();
    }

    /** Queues the reminders due today, as a named system job that sees every site. */
    public void run() {
        LocalDate today = UkTime.today();
        SystemIdentity.runAs("licence-renewal-reminders", Set.of(Role.LICENSOR_ADMIN), () ->
                transaction.executeWithoutResult(status -> licences
                        .activeEndingBetween(today, today.plusMonths(LicenceLifecycle.RENEWAL_MONTHS), SiteScope.all())
                        .forEach(licence -> remind(licence, today))));
    }

    private void remind(LicenceRow licence, LocalDate today) {
        // a licence already within three months gets the three-month reminder only: the six-month one is past
        String threshold = licence.endsOn().isAfter(today.plusMonths(3)) ? "6-months" : "3-months";
        String within = threshold.equals("6-months") ? "six" : "three";
        String subject = "Baby Steps: the licence of " + licence.siteName() + " ends within " + within + " months";
        String body = "The Baby Steps licence of " + licence.siteName() + " ends on " + DAY.format(licence.endsOn())
                + ".\n\nTo keep delivering, the site needs a positive readiness decision and a renewal licence starting"
                + " the day after. The licence is on the site's licence page: /sites/" + licence.site() + "/licence";
        String key = "licence-renewal:" + licence.id() + ":" + threshold;
        notifications.notify(key, Audience.siteLeads(licence.site()), subject, body);
        notifications.notify(key, Audience.licensorStaff(), subject, body);
    }
}
