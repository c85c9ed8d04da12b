package org.babysteps.site;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.babysteps.SignedIn;
import org.babysteps.identity.CurrentUser;
import org.babysteps.identity.Role;
import org.babysteps.identity.internal.UserStore;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UkTime;
import org.babysteps.platform.UserId;
import org.springframework.stereotype.Component;

/** Fresh sites for readiness and licence tests, so no test depends on another or on the demo's state. */
@Component
public class LifecycleFixture {

    private final SiteAdministration sites;
    private final ReadinessAssessments readiness;
    private final SignedIn signedIn;

    LifecycleFixture(SiteAdministration sites, ReadinessAssessments readiness, UserStore users) {
        this.sites = sites;
        this.readiness = readiness;
        this.signedIn = new SignedIn(users);
    }

    public SiteId newSite() {
        String name = "Lifecycle test site " + UUID.randomUUID().toString().substring(0, 8);
        return signedIn.as("admin@licensor.demo", () -> sites.create(new NewSite(name, "Test area",
                "Test agency " + UUID.randomUUID(), AgencyType.CHILDRENS_SERVICES)));
    }

    /** A lead of only this site, as a signed-in request would carry. */
    public static CurrentUser leadOf(SiteId site) {
        return new CurrentUser(UserId.random(), "lead@test.example", "Tess Test-Lead", null, Set.of(Role.SITE_LEAD),
                Set.of(site), true, null);
    }

    public static CurrentUser facilitatorOf(SiteId site) {
        return new CurrentUser(UserId.random(), "fac@test.example", "Finn Test-Facilitator", null, Set.of(Role.FACILITATOR),
                Set.of(site), true, null);
    }

    /** A submitted assessment with one criterion rated. */
    public UUID submitted(SiteId site) {
        return signedIn.as("admin@licensor.demo", () -> {
            UUID id = readiness.start(site, UkTime.today());
            readiness.saveCriterion(site, id, "senior-buy-in", 0, ReadinessRating.IN_PLACE, "Letters signed");
            readiness.submit(site, id);
            return id;
        });
    }

    public UUID decided(SiteId site, ReadinessOutcome outcome) {
        UUID id = submitted(site);
        signedIn.run("admin@licensor.demo", () -> readiness.decide(site, id, outcome, "Test decision",
                UkTime.today(), outcome == ReadinessOutcome.READY_WITH_CONDITIONS
                        ? List.of(new ReadinessConditionRequest("Sign the protocol", "Tess", LocalDate.now().plusMonths(1))) : List.of()));
        return id;
    }
}
