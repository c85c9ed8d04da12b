package org.babysteps.site.licence;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.babysteps.identity.Role;
import org.babysteps.identity.SiteScope;
import org.babysteps.identity.SystemIdentity;
import org.babysteps.notification.Audience;
import org.babysteps.notification.Notifications;
import org.babysteps.platform.UkTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds the site's leads and the licensor's staff that a licence needs renewing: once when an active licence
 * comes within six months of its end, and again within three, until a renewal is issued. "Within" is
 * {@link LicenceLifecycle#withinMonthsOfEnd}, the same as the "renewal due" state. The key names the licence and the
 * threshold, so each reminder is queued once however often the job runs and on however many nodes.
 */
@Component
public class LicenceRenewalReminders {

    private final LicenceStore licences;
    private final Notifications notifications;
    private final TransactionTemplate transaction;
    private final String publicUrl;

    LicenceRenewalReminders(LicenceStore licences, Notifications notifications, TransactionTemplate transaction,
                            @Value("${babysteps.public-url:http://localhost:8080}") String publicUrl) {
        this.licences = licences;
        this.notifications = notifications;
        this.transaction = transaction;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    @Scheduled(cron = "${babysteps.licence.renewal-reminder-cron:0 15 6 * * *}", zone = "Europe/London")
    void onSchedule() {
        run();
    }

    /** Queues the reminders due today, as a named system job that sees every site. */
    public void run() {
        LocalDate today = UkTime.today();
        // a month more than the threshold, so the month-end cases (due from 28 February for 31 August) are all read
        LocalDate readUntil = today.plusMonths(LicenceLifecycle.RENEWAL_MONTHS + 1);
        SystemIdentity.runAs("licence-renewal-reminders", Set.of(Role.LICENSOR_ADMIN), () ->
                transaction.executeWithoutResult(status -> licences.activeEndingBetween(today, readUntil, SiteScope.all())
                        .forEach(licence -> threshold(licence.endsOn(), today).ifPresent(months -> remind(licence, months)))));
    }

    /**
     * The reminder due for a licence ending on {@code endsOn}: 3 within three months of the end, 6 within six, none
     * before. A licence already within three months gets the three-month reminder only: the six-month one is past.
     */
    static Optional<Integer> threshold(LocalDate endsOn, LocalDate today) {
        if (today.isAfter(endsOn)) {
            return Optional.empty();
        }
        if (LicenceLifecycle.withinMonthsOfEnd(endsOn, LicenceLifecycle.LAST_REMINDER_MONTHS, today)) {
            return Optional.of(LicenceLifecycle.LAST_REMINDER_MONTHS);
        }
        return LicenceLifecycle.withinMonthsOfEnd(endsOn, LicenceLifecycle.RENEWAL_MONTHS, today)
                ? Optional.of(LicenceLifecycle.RENEWAL_MONTHS) : Optional.empty();
    }

    private void remind(LicenceRow licence, int months) {
        String within = months == LicenceLifecycle.LAST_REMINDER_MONTHS ? "three" : "six";
        String subject = "Baby Steps: the licence of " + licence.siteName() + " ends within " + within + " months";
        String body = "The Baby Steps licence of " + licence.siteName() + " ends on " + LicenceDates.day(licence.endsOn())
                + ".\n\nTo keep delivering, the site needs a positive readiness decision and a renewal licence starting"
                + " the day after. The licence is on the site's licence page: " + publicUrl + "/sites/" + licence.site()
                + "/licence";
        String key = "licence-renewal:" + licence.id() + ":" + months + "-months";
        notifications.notify(key, Audience.siteLeads(licence.site()), subject, body);
        notifications.notify(key, Audience.licensorStaff(), subject, body);
    }
}
