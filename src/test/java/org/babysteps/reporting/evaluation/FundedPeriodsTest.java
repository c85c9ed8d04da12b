package org.babysteps.reporting.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.babysteps.platform.AgencyId;
import org.babysteps.platform.SiteId;
import org.babysteps.reporting.ReportingPeriod;
import org.babysteps.site.FundingStatus;
import org.babysteps.site.FundingStreamSummary;
import org.junit.jupiter.api.Test;

/** A commissioner reads a site's report only when their organisation's agreed money covered part of its period. */
class FundedPeriodsTest {

    private static final ReportingPeriod YEAR_2026 = new ReportingPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

    private static FundingStreamSummary stream(FundingStatus status, String from, String to) {
        return new FundingStreamSummary(UUID.randomUUID(), new SiteId(UUID.randomUUID()), "Site",
                new AgencyId(UUID.randomUUID()), "ICB", null, null, BigDecimal.TEN, LocalDate.parse(from), LocalDate.parse(to),
                "Delivery", status);
    }

    @Test
    void agreedMoneyOverlappingThePeriodCoversItEvenWhenTheStreamHasEndedSince() {
        assertThat(FundedPeriods.covers(List.of(stream(FundingStatus.SECURED, "2025-04-01", "2026-03-31")), YEAR_2026)).isTrue();
        assertThat(FundedPeriods.covers(List.of(stream(FundingStatus.ENDED, "2026-12-31", "2027-03-31")), YEAR_2026)).isTrue();
        assertThat(FundedPeriods.covers(List.of(stream(FundingStatus.VERBAL, "2026-06-01", "2026-06-30")), YEAR_2026)).isTrue();
    }

    @Test
    void aBidOrMoneyForAnotherTimeDoesNotCoverIt() {
        assertThat(FundedPeriods.covers(List.of(stream(FundingStatus.BID_SUBMITTED, "2026-01-01", "2026-12-31")), YEAR_2026))
                .isFalse();
        assertThat(FundedPeriods.covers(List.of(stream(FundingStatus.ENDED, "2023-01-01", "2025-12-31")), YEAR_2026)).isFalse();
        assertThat(FundedPeriods.covers(List.of(), YEAR_2026)).isFalse();
        assertThat(FundedPeriods.fundsSite(List.of(stream(FundingStatus.BID_SUBMITTED, "2026-01-01", "2026-12-31")))).isFalse();
    }
}
