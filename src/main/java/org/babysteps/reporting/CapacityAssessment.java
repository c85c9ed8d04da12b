package org.babysteps.reporting;

import java.math.BigDecimal;
import java.util.List;

/** Whether a site can staff its planned sessions in a period with trained pairs, and if not, what it needs. */
public record CapacityAssessment(int sessions, BigDecimal neededHours, AgencyCapacity health,
                                 AgencyCapacity childrensServices) {

    public boolean shortfall() {
        return health.shortfall() || childrensServices.shortfall();
    }

    public List<AgencyCapacity> byAgencyType() {
        return List.of(health, childrensServices);
    }

    /** "Train 1 more health and 2 more children's services facilitators", or empty when none are needed. */
    public String trainingNeed() {
        List<String> parts = byAgencyType().stream().filter(a -> a.trainMore() > 0)
                .map(a -> a.trainMore() + " more " + a.label()).toList();
        if (parts.isEmpty()) {
            return "";
        }
        int total = byAgencyType().stream().mapToInt(AgencyCapacity::trainMore).sum();
        return "Train " + String.join(" and ", parts) + " facilitator" + (total == 1 ? "" : "s");
    }
}
