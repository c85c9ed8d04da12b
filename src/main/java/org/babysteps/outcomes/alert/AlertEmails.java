package org.babysteps.outcomes.alert;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.babysteps.notification.Audience;
import org.babysteps.notification.Notifications;
import org.babysteps.outcomes.AlertId;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UserId;
import org.babysteps.site.SiteSummary;
import org.babysteps.site.Sites;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The emails about an alert. Email is not a safe place for personal data, so they name the site and link to the
 * alert, and never carry the family's name or answers: the reader signs in to see them.
 */
@Component
class AlertEmails {

    private final Notifications notifications;
    private final Sites sites;
    private final String publicUrl;

    AlertEmails(Notifications notifications, Sites sites,
                @Value("${babysteps.public-url:http://localhost:8080}") String publicUrl) {
        this.notifications = notifications;
        this.sites = sites;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    /** To the alert's watchers (see {@link AlertWatchers}) and the site's leads, once per alert and person. */
    void raised(AlertId id, SiteId site, Set<UserId> watchers) {
        String siteName = siteName(site);
        String subject = "Baby Steps: a safeguarding alert needs attention at " + siteName;
        String body = "A questionnaire answered at " + siteName + " has raised a safeguarding alert. Open it, act on it"
                + " today and record the action you took:\n" + link(id)
                + "\n\nThe alert goes to the site's leads if nobody acknowledges it within one working day."
                + "\nThis email leaves out who the alert is about on purpose: sign in to see it.";
        String key = "risk-alert:" + id;
        notifications.notify(key, Audience.siteLeads(site), subject, body);
        notifications.notify(key, Audience.users(watchers), subject, body);
    }

    /**
     * To the site's leads and the alert's watchers when the same answers fired a rule the alert did not have, once
     * per set of new rules and person: the new rule needs its own action, even when the alert was acknowledged.
     */
    void rulesAdded(AlertId id, SiteId site, Collection<UserId> watchers, List<String> rules, boolean reopened) {
        String siteName = siteName(site);
        String subject = "Baby Steps: " + (reopened ? "a safeguarding alert was reopened" : "a safeguarding alert has"
                + " a new risk") + " at " + siteName;
        String body = "Answers to a questionnaire at " + siteName + " that had already raised a safeguarding alert"
                + " now show a further risk" + (reopened ? ", so the alert was reopened even though it had been"
                + " acknowledged" : "") + ". Open it, act on the new risk today and record the action you took:\n"
                + link(id) + "\n\nThis email leaves out who the alert is about on purpose: sign in to see it.";
        String key = "risk-alert:" + id + ":" + String.join(",", rules);
        notifications.notify(key, Audience.siteLeads(site), subject, body);
        notifications.notify(key, Audience.users(Set.copyOf(watchers)), subject, body);
    }

    /**
     * To the site's leads, once per alert and person, when nobody acknowledged it within a working day; again if a
     * new rule reopened it and nobody acknowledged it within a working day after that.
     */
    void escalated(AlertId id, SiteId site, int reopenings) {
        String siteName = siteName(site);
        String subject = "Baby Steps: a safeguarding alert at " + siteName + " has not been acknowledged";
        String body = "A safeguarding alert at " + siteName + " has not been acknowledged within one working day."
                + " As a lead of the site, make sure someone acts on it today and records the action taken:\n"
                + link(id) + "\n\nThis email leaves out who the alert is about on purpose: sign in to see it.";
        notifications.notify("risk-alert-escalated:" + id + (reopenings == 0 ? "" : ":reopened-" + reopenings),
                Audience.siteLeads(site), subject, body);
    }

    private String link(AlertId id) {
        return publicUrl + "/alerts/" + id;
    }

    private String siteName(SiteId site) {
        return sites.find(site).map(SiteSummary::name).orElse("your site");
    }
}
