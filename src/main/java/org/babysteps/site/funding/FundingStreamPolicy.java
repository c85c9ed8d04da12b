package org.babysteps.site.funding;

import java.math.BigDecimal;
import org.babysteps.site.SiteChangeRejectedException;

/**
 * The rules a funding stream must meet before it is saved: who pays, how much (pounds and pence, not negative),
 * for when (the end not before the start) and for what. Each broken rule names the form field it belongs to.
 */
public class FundingStreamPolicy {

    private static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

    public void check(FundingStreamDetails stream) {
        if (stream.commissionerId() == null && !stream.namesNewCommissioner()) {
            throw new SiteChangeRejectedException("commissionerId", "Select the commissioner or enter the name of a new one");
        }
        if (stream.commissionerId() != null && stream.namesNewCommissioner()) {
            throw new SiteChangeRejectedException("newCommissionerName",
                    "Either select a commissioner from the list or enter a new one, not both");
        }
        if (stream.namesNewCommissioner() && stream.newCommissionerName().trim().length() > 200) {
            throw new SiteChangeRejectedException("newCommissionerName", "Commissioner's name must be 200 characters or fewer");
        }
        if (stream.amount() == null) {
            throw new SiteChangeRejectedException("amount", "Enter the amount in pounds");
        }
        if (stream.amount().signum() < 0) {
            throw new SiteChangeRejectedException("amount", "Amount must be £0 or more");
        }
        if (stream.amount().scale() > 2 || stream.amount().compareTo(MAX_AMOUNT) > 0) {
            throw new SiteChangeRejectedException("amount", "Amount must be in pounds and pence, like 125000 or 125000.50");
        }
        if (stream.startsOn() == null) {
            throw new SiteChangeRejectedException("startsOn", "Enter the date the funding starts");
        }
        if (stream.endsOn() == null) {
            throw new SiteChangeRejectedException("endsOn", "Enter the date the funding ends");
        }
        if (stream.endsOn().isBefore(stream.startsOn())) {
            throw new SiteChangeRejectedException("endsOn", "End date must be the same as or after the start date");
        }
        if (stream.paysFor() == null || stream.paysFor().isBlank()) {
            throw new SiteChangeRejectedException("paysFor", "Enter what the funding pays for");
        }
        if (stream.status() == null) {
            throw new SiteChangeRejectedException("status", "Select how sure the funding is");
        }
    }
}
