package org.babysteps.reporting.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.babysteps.platform.SiteId;
import org.babysteps.reporting.ComplianceStatus;
import org.babysteps.site.FundingWarningTier;
import org.babysteps.site.ImplementationStage;
import org.babysteps.site.LicenceState;
import org.junit.jupiter.api.Test;

class LifecycleFilterTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    private final SiteLifecycleRow north = row("North", ImplementationStage.FULL_DELIVERY, LicenceState.ACTIVE,
            ComplianceStatus.AT_RISK, DAY.plusMonths(5), List.of("Secured funding ends before the licence"));
    private final SiteLifecycleRow south = row("South", ImplementationStage.PREPARING, null, ComplianceStatus.NO_DATA,
            DAY.plusMonths(14), List.of());
    private final SiteLifecycleRow east = row("east", ImplementationStage.EXPLORING, null, ComplianceStatus.NO_DATA,
            null, List.of());

    @Test
    void sortsBySiteNameIgnoringCaseByDefault() {
        assertThat(LifecycleFilter.of(null, null, null, null, null).apply(List.of(south, north, east)))
                .containsExactly(east, north, south);
    }

    @Test
    void fundingEndingSoonestComesFirstWithSitesWithoutSecuredFundingAtTheTop() {
        assertThat(LifecycleFilter.of("funding-end", null, null, null, null).apply(List.of(south, north, east)))
                .containsExactly(east, north, south);
    }

    @Test
    void filtersByStageLicenceComplianceAndRisk() {
        List<SiteLifecycleRow> all = List.of(north, south, east);
        assertThat(LifecycleFilter.of(null, "PREPARING", null, null, null).apply(all)).containsExactly(south);
        assertThat(LifecycleFilter.of(null, null, "ACTIVE", null, null).apply(all)).containsExactly(north);
        assertThat(LifecycleFilter.of(null, null, null, "NO_DATA", null).apply(all)).containsExactly(east, south);
        assertThat(LifecycleFilter.of(null, null, null, null, "yes").apply(all)).containsExactly(north);
    }

    @Test
    void unknownValuesInTheAddressAreIgnoredSoOldBookmarksStillOpen() {
        LifecycleFilter filter = LifecycleFilter.of("colour", "NOT_A_STAGE", "nope", "<script>", "maybe");
        assertThat(filter.apply(List.of(north, south, east))).containsExactly(east, north, south);
    }

    private static SiteLifecycleRow row(String name, ImplementationStage stage, LicenceState licence,
                                        ComplianceStatus compliance, LocalDate fundingEnd, List<String> risks) {
        return new SiteLifecycleRow(SiteId.random(), name, stage, DAY.minusMonths(2), "2 months", licence,
                licence == null ? null : DAY.plusYears(2), compliance, fundingEnd, FundingWarningTier.NONE, risks);
    }
}
