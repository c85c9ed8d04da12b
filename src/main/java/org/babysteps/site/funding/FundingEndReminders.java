package org.babysteps.site.funding;

import java.util.Set;
import org.babysteps.identity.Role;
import org.babysteps.identity.SystemIdentity;
import org.babysteps.notification.Audience;
import org.babysteps.notification.Notifications;
import org.babysteps.site.FundingWarning;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Emails each site's leads when its secured funding enters a warning tier (within 12, 6, 3 months, ended). The
 * key names the site, the tier and the end date, so each tier is sent once however often the job runs and on
 * however many nodes; a new end date (a stream renewed) starts the tiers afresh.
 */
@Component
class FundingEndReminders {

    private final FundingService funding;
    private final Notifications notifications;
    private final TransactionTemplate transaction;
    private final String publicUrl;

    FundingEndReminders(FundingService funding, Notifications notifications, TransactionTemplate transaction,
                        @Value("${babysteps.public-url:http://localhost:8080}") String publicUrl) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.funding = funding;
        this.notifications = notifications;
        this.transaction = transaction;
    }

    @Scheduled(cron = "${babysteps.funding.reminder-cron:0 30 6 * * *}", zone = "Europe/London")
    void onSchedule() {
        run();
    }

    /** Queues the warnings due today, as a named system job that sees every site. */
    void run() {
        SystemIdentity.runAs("funding-end-reminders", Set.of(Role.LICENSOR_ADMIN), () ->
                transaction.executeWithoutResult(status -> funding.overview().forEach(site -> {
                    FundingWarning warning = site.warning();
                    if (warning.warns() && warning.endsOn() != null) {
                        notifications.notify("funding-end:" + site.site().id() + ":" + warning.tier() + ":" + warning.endsOn(),
                                Audience.siteLeads(site.site().id()),
                                "Baby Steps: funding for " + site.site().name() + " – " + warning.tier().label().toLowerCase(),
                                warning.sentence() + ".\n\nThe site's funding streams are on its funding page: " + publicUrl + "/sites/"
                                        + site.site().id() + "/funding");
                    }
                })));
    }
}
