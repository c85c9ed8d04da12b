package org.babysteps.demo;

import java.time.LocalDate;
import java.util.UUID;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UkTime;
import org.babysteps.site.AdaptationRequests;
import org.babysteps.site.AdaptationStatus;
import org.babysteps.site.ImplementationStage;
import org.babysteps.site.NewAdaptation;
import org.babysteps.site.StageChanges;
import org.springframework.stereotype.Component;

/**
 * Demo implementation stages and local adaptations: North has come all the way to full delivery, South is
 * preparing, East has just started exploring. North has one approved adaptation and one awaiting a decision.
 */
@Component
class DemoAdaptationsStages {

    private final StageChanges stages;
    private final AdaptationRequests adaptations;

    DemoAdaptationsStages(StageChanges stages, AdaptationRequests adaptations) {
        this.stages = stages;
        this.adaptations = adaptations;
    }

    void seed(DemoSites.Seeded seeded) {
        LocalDate today = UkTime.today();
        SiteId north = seeded.sites().get("north");
        SiteId south = seeded.sites().get("south");
        SiteId east = seeded.sites().get("east");

        History northHistory = new History(north);
        northHistory.add(ImplementationStage.EXPLORING, today.minusYears(2), "Northshire's partnership asked about the programme after a regional event (demo)");
        northHistory.add(ImplementationStage.PREPARING, today.minusMonths(18), "Readiness assessment started with both agencies' senior managers (demo)");
        northHistory.add(ImplementationStage.LICENSED_INSTALLING, today.minusYears(1), "Licence issued; first facilitators booked on training (demo)");
        northHistory.add(ImplementationStage.FIRST_GROUPS, today.minusMonths(9), "First two groups started (demo)");
        northHistory.add(ImplementationStage.FULL_DELIVERY, today.minusMonths(3), "Groups running in every locality of the area (demo)");

        History southHistory = new History(south);
        southHistory.add(ImplementationStage.EXPLORING, today.minusMonths(11), "Southmoor's commissioners asked for an introduction (demo)");
        southHistory.add(ImplementationStage.PREPARING, today.minusMonths(4), "Readiness assessment under way (demo)");

        new History(east).add(ImplementationStage.EXPLORING, today.minusWeeks(6), "First conversation with Eastvale's early help service (demo)");

        UUID evenings = adaptations.request(north, new NewAdaptation("venue-and-timing",
                "Two of the six antenatal groups a year meet on weekday evenings (6pm to 8pm) at the Northshire family hub.",
                "Many referred parents work daytime shifts and could not attend daytime sessions; two couples left the last daytime group for this reason.",
                null, today.minusMonths(8), null));
        adaptations.decide(north, evenings, 0, AdaptationStatus.APPROVED,
                "Timing is adaptable and the evening groups keep the full curriculum and co-facilitation.", null);
        adaptations.request(north, new NewAdaptation("session-materials",
                "Handouts for the six themes translated into Polish and Urdu, checked by the trust's interpreting service.",
                "About a fifth of referred families in the area speak Polish or Urdu at home and miss the content of the English handouts.",
                null, today.plusWeeks(2), today.plusYears(1)));
    }

    /** Records a site's stages in order, each building on the previous one. */
    private final class History {

        private final SiteId site;
        private int recorded;

        History(SiteId site) {
            this.site = site;
        }

        void add(ImplementationStage stage, LocalDate startedOn, String note) {
            stages.change(site, recorded++, stage, startedOn, note);
        }
    }
}
