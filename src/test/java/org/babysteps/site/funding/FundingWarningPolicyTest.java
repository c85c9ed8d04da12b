package org.babysteps.site.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.babysteps.site.FundingWarning;
import org.babysteps.site.FundingWarningTier;
import org.junit.jupiter.api.Test;

class FundingWarningPolicyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private final FundingWarningPolicy policy = new FundingWarningPolicy();

    private static SecuredPeriod period(String start, String end) {
        return new SecuredPeriod(LocalDate.parse(start), LocalDate.parse(end));
    }

    @Test
    void fundingEndingInFourMonthsWarnsWithinSixAndSaysWhen() {
        FundingWarning warning = policy.assess(List.of(period("2025-04-01", "2027-03-31")), TODAY);

        assertThat(warning.tier()).isEqualTo(FundingWarningTier.WITHIN_6_MONTHS);
        assertThat(warning.endsOn()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(warning.sentence()).isEqualTo("Secured funding ends on 31 March 2027, in 4 months");
        assertThat(warning.warns()).isTrue();
    }

    @Test
    void eachTierStartsAtItsBoundary() {
        assertThat(policy.assess(List.of(period("2026-01-01", "2027-02-28")), TODAY).tier())
                .isEqualTo(FundingWarningTier.WITHIN_3_MONTHS);
        assertThat(policy.assess(List.of(period("2026-01-01", "2027-03-01")), TODAY).tier())
                .isEqualTo(FundingWarningTier.WITHIN_6_MONTHS);
        assertThat(policy.assess(List.of(period("2026-01-01", "2027-05-30")), TODAY).tier())
                .isEqualTo(FundingWarningTier.WITHIN_6_MONTHS);
        assertThat(policy.assess(List.of(period("2026-01-01", "2027-05-31")), TODAY).tier())
                .isEqualTo(FundingWarningTier.WITHIN_12_MONTHS);
        assertThat(policy.assess(List.of(period("2026-01-01", "2027-11-30")), TODAY).tier())
                .isEqualTo(FundingWarningTier.WITHIN_12_MONTHS);
        assertThat(policy.assess(List.of(period("2026-01-01", "2027-12-01")), TODAY).tier())
                .isEqualTo(FundingWarningTier.NONE);
    }

    @Test
    void aStreamThatFollowsOnTheNextDayExtendsTheCover() {
        List<SecuredPeriod> streams = List.of(period("2025-04-01", "2027-03-31"), period("2027-04-01", "2028-03-31"));

        FundingWarning warning = policy.assess(streams, TODAY);

        assertThat(warning.endsOn()).isEqualTo(LocalDate.of(2028, 3, 31));
        assertThat(warning.tier()).isEqualTo(FundingWarningTier.NONE);
        assertThat(policy.securedUntil(streams, TODAY)).contains(LocalDate.of(2028, 3, 31));
    }

    @Test
    void overlappingStreamsCountAsOneCoverInAnyOrder() {
        List<SecuredPeriod> streams = List.of(period("2026-10-01", "2027-08-31"), period("2026-01-01", "2027-01-31"),
                period("2027-02-01", "2027-04-30"));

        assertThat(policy.assess(streams, TODAY).endsOn()).isEqualTo(LocalDate.of(2027, 8, 31));
    }

    @Test
    void aGapEndsTheCoverAtItsStart() {
        List<SecuredPeriod> streams = List.of(period("2026-01-01", "2027-01-31"), period("2027-02-02", "2029-01-31"));

        FundingWarning warning = policy.assess(streams, TODAY);

        assertThat(warning.endsOn()).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(warning.tier()).isEqualTo(FundingWarningTier.WITHIN_3_MONTHS);
        assertThat(warning.sentence()).isEqualTo("Secured funding ends on 31 January 2027, in 2 months");
    }

    @Test
    void fundingThatEndedBeforeTodayIsEnded() {
        FundingWarning warning = policy.assess(List.of(period("2024-04-01", "2026-03-31")), TODAY);

        assertThat(warning.tier()).isEqualTo(FundingWarningTier.ENDED);
        assertThat(warning.sentence()).isEqualTo("Secured funding ended on 31 March 2026");
        assertThat(policy.securedUntil(List.of(period("2024-04-01", "2026-03-31")), TODAY)).isEmpty();
    }

    @Test
    void fundingEndingTodayStillCoversTodayAndSaysSo() {
        FundingWarning warning = policy.assess(List.of(period("2026-01-01", "2026-11-30")), TODAY);

        assertThat(warning.tier()).isEqualTo(FundingWarningTier.WITHIN_3_MONTHS);
        assertThat(warning.sentence()).isEqualTo("Secured funding ends on 30 November 2026, today");
    }

    @Test
    void fundingEndingWithinAMonthIsCountedInDays() {
        assertThat(policy.assess(List.of(period("2026-01-01", "2026-12-12")), TODAY).sentence())
                .isEqualTo("Secured funding ends on 12 December 2026, in 12 days");
    }

    @Test
    void noSecuredFundingAtAllIsNoWarningButSaysSo() {
        FundingWarning warning = policy.assess(List.of(), TODAY);

        assertThat(warning.tier()).isEqualTo(FundingWarningTier.NONE);
        assertThat(warning.endsOn()).isNull();
        assertThat(warning.sentence()).isEqualTo("No secured funding is recorded");
    }

    @Test
    void futureFundingAfterAGapSaysWhenItStarts() {
        FundingWarning warning = policy.assess(List.of(period("2027-01-01", "2029-12-31")), TODAY);

        assertThat(warning.tier()).isEqualTo(FundingWarningTier.NONE);
        assertThat(warning.sentence()).startsWith("No secured funding until 1 January 2027. Secured funding ends on 31 December 2029");
    }
}
