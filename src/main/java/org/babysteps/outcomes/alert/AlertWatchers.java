package org.babysteps.outcomes.alert;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.babysteps.delivery.Facilitator;
import org.babysteps.delivery.GroupQueries;
import org.babysteps.delivery.HomeVisitSlot;
import org.babysteps.delivery.HomeVisits;
import org.babysteps.outcomes.RiskAnswersGiven;
import org.babysteps.platform.UkTime;
import org.babysteps.platform.UserId;
import org.springframework.stereotype.Component;

/**
 * Who besides the site's leads watches an alert (is told of it and may open it): the facilitators of the family's
 * group, the practitioners named on its home visits, and the member of staff who entered the answers. A family
 * asked at the antenatal home visit has no group place yet, and without the last two nobody who knows them would
 * hear of the alert. Each of them works at the family's site; the alert queries still apply their site scope.
 */
@Component
class AlertWatchers {

    private final GroupQueries groups;
    private final HomeVisits homeVisits;

    AlertWatchers(GroupQueries groups, HomeVisits homeVisits) {
        this.groups = groups;
        this.homeVisits = homeVisits;
    }

    /** Call as a system identity that sees the family's site. */
    Set<UserId> of(RiskAnswersGiven given) {
        Set<UserId> watchers = new LinkedHashSet<>(groups.facilitatorUsersOfFamily(given.familyId()));
        homeVisits.ofFamily(given.familyId()).stream().map(HomeVisitSlot::visit).filter(Objects::nonNull)
                .flatMap(visit -> visit.visitors().stream())
                .filter(visitor -> visitor.siteId().equals(given.siteId()) && visitor.inPostOn(UkTime.today()))
                .map(Facilitator::userId).filter(Objects::nonNull).forEach(watchers::add);
        if (given.enteredBy() != null) {
            watchers.add(given.enteredBy());
        }
        return watchers;
    }
}
