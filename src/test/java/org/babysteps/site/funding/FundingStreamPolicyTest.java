package org.babysteps.site.funding;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.babysteps.platform.AgencyId;
import org.babysteps.site.FundingStatus;
import org.babysteps.site.SiteChangeRejectedException;
import org.junit.jupiter.api.Test;

class FundingStreamPolicyTest {

    private final FundingStreamPolicy policy = new FundingStreamPolicy();
    private static final LocalDate START = LocalDate.of(2026, 4, 1);

    private static FundingStreamDetails stream(AgencyId commissioner, String newName, String amount, LocalDate end) {
        return new FundingStreamDetails(commissioner, newName, null, null, amount == null ? null : new BigDecimal(amount),
                START, end, "Delivery", FundingStatus.SECURED);
    }

    @Test
    void aCompleteStreamPasses() {
        assertThatCode(() -> policy.check(stream(AgencyId.random(), null, "0", START))).doesNotThrowAnyException();
        assertThatCode(() -> policy.check(stream(null, "New ICB", "125000.50", START.plusYears(1)))).doesNotThrowAnyException();
    }

    @Test
    void anEndBeforeTheStartIsRefusedOnTheEndDate() {
        assertThatThrownBy(() -> policy.check(stream(AgencyId.random(), null, "100", START.minusDays(1))))
                .isInstanceOf(SiteChangeRejectedException.class)
                .hasMessage("End date must be the same as or after the start date")
                .extracting("field").isEqualTo("endsOn");
    }

    @Test
    void aNegativeAmountIsRefused() {
        assertThatThrownBy(() -> policy.check(stream(AgencyId.random(), null, "-0.01", START)))
                .hasMessage("Amount must be £0 or more").extracting("field").isEqualTo("amount");
    }

    @Test
    void fractionsOfAPennyAreRefused() {
        assertThatThrownBy(() -> policy.check(stream(AgencyId.random(), null, "10.005", START)))
                .extracting("field").isEqualTo("amount");
    }

    @Test
    void aBlankCommissionerIsRefused() {
        assertThatThrownBy(() -> policy.check(stream(null, "   ", "100", START)))
                .hasMessage("Select the commissioner or enter the name of a new one")
                .extracting("field").isEqualTo("commissionerId");
    }

    @Test
    void aListedAndATypedCommissionerTogetherAreRefused() {
        assertThatThrownBy(() -> policy.check(stream(AgencyId.random(), "Another body", "100", START)))
                .extracting("field").isEqualTo("newCommissionerName");
    }
}
