package org.babysteps.reporting.compliance;

import java.util.List;
import org.babysteps.delivery.DeliveryPeriods;
import org.babysteps.delivery.EnrolmentStatus;
import org.babysteps.delivery.FinishedPlace;
import org.babysteps.platform.SiteId;
import org.babysteps.programme.CompletionPolicy;
import org.babysteps.programme.Programmes;
import org.babysteps.reporting.ReportingPeriod;
import org.springframework.stereotype.Component;

/**
 * The places of families who stayed to the end of a group that finished in a period, each measured against the
 * completion rule of the programme version its group runs.
 */
@Component
public class FidelityFacts {

    private final DeliveryPeriods delivery;
    private final Programmes programmes;

    FidelityFacts(DeliveryPeriods delivery, Programmes programmes) {
        this.delivery = delivery;
        this.programmes = programmes;
    }

    public List<PlaceFact> places(SiteId site, ReportingPeriod period) {
        return delivery.finishedPlaces(site, period.from(), period.to()).stream()
                .filter(place -> place.status() != EnrolmentStatus.WITHDRAWN)
                .map(place -> new PlaceFact(place.groupName(), place.groupEnded(),
                        policy(place).progress(place.visitsDone(), place.sessionsAttended())))
                .toList();
    }

    private CompletionPolicy policy(FinishedPlace place) {
        return new CompletionPolicy(programmes.find(place.programmeId(), place.programmeVersion())
                .orElseThrow(() -> new IllegalStateException("Programme not loaded: " + place.programmeId()))
                .completion());
    }
}
