package org.babysteps.site.licence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.babysteps.identity.CurrentUser;
import org.babysteps.identity.SiteScope;
import org.babysteps.platform.RuleViolationException;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UkTime;
import org.babysteps.programme.ProgrammeDefinition;
import org.babysteps.site.LicenceCondition;
import org.babysteps.site.LicenceState;
import org.babysteps.site.NewLicenceCondition;
import org.springframework.stereotype.Component;

/**
 * The writes behind {@code site.LicenceAdministration}: keeps the store's statements package-private, so nothing
 * outside this package changes a licence around the rules.
 */
@Component
public class LicenceWrites {

    private final LicenceStore store;

    LicenceWrites(LicenceStore store) {
        this.store = store;
    }

    /** Saves a licence with the programme's conditions and the site's own, unless it overlaps another. */
    public void issue(UUID id, SiteId site, ProgrammeDefinition programme, LocalDate startsOn, LocalDate endsOn,
                      boolean issueNow, List<NewLicenceCondition> siteConditions, CurrentUser by) {
        store.lockSiteProgramme(site, programme.id());
        List<LicenceRow> overlapping = store.overlapping(site, programme.id(), startsOn, endsOn);
        if (!overlapping.isEmpty()) {
            LicenceRow other = overlapping.get(0);
            throw new RuleViolationException("startsOn", "These dates overlap the site's " + other.state().label().toLowerCase()
                    + " licence from " + LicenceDates.day(other.startsOn()) + " to " + LicenceDates.day(other.endsOn())
                    + ": start after " + LicenceDates.day(other.endsOn()) + ", or end or withdraw that licence first");
        }
        LicenceState status = issueNow ? LicenceState.ACTIVE : LicenceState.DRAFT;
        store.insert(id, site, programme.id(), programme.version(), status, startsOn, endsOn, by.displayName());
        programme.licenceConditions().forEach(c -> store.addCondition(id,
                new LicenceCondition(c.code(), c.type(), c.title(), c.description()), UkTime.today(), by.displayName()));
        for (NewLicenceCondition condition : siteConditions) {
            addSiteCondition(id, condition, by);
        }
        store.recordChange(id, null, status, issueNow ? "Issued" : "Drafted", by.userId().value(), by.displayName());
    }

    public void addSiteCondition(UUID licence, NewLicenceCondition condition, CurrentUser by) {
        if (condition.title() == null || condition.title().isBlank()) {
            throw new RuleViolationException("conditionTitle", "Enter the condition's title");
        }
        if (condition.title().length() > 200) {
            throw new RuleViolationException("conditionTitle", "The title must be 200 characters or fewer");
        }
        if (condition.description() == null || condition.description().isBlank()) {
            throw new RuleViolationException("conditionDescription", "Describe what the site must do to meet the condition");
        }
        String code = "site-" + (store.siteConditionCount(licence) + 1);
        store.addCondition(licence, new LicenceCondition(code, null, condition.title().trim(), condition.description().trim()),
                UkTime.today(), by.displayName());
    }

    public Optional<LicenceRow> lock(SiteId site, UUID id, SiteScope scope) {
        return store.lock(site, id, scope);
    }

    /** Applies an action the policy allows; keeps the suspension reason only while suspended. */
    public void change(LicenceRow row, LicenceAction action, String reason, LocalDate endedOn, CurrentUser by) {
        LocalDate today = UkTime.today();
        LicenceState next = LicenceLifecycle.apply(action, row.state(), row.startsOn(), today, reason);
        String text = reason == null || reason.isBlank() ? null : reason.trim();
        switch (action) {
            case SUSPEND -> store.update(row.id(), next, text, null, null);
            case END -> {
                LicenceLifecycle.checkEndDate(endedOn, row.startsOn(), today);
                store.update(row.id(), next, row.suspensionReason(), endedOn, text);
            }
            case WITHDRAW -> store.withdraw(row.id(), today, text);
            default -> store.update(row.id(), next, null, null, null);
        }
        store.recordChange(row.id(), row.state(), next, text, by.userId().value(), by.displayName());
    }
}
