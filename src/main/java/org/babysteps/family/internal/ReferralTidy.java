package org.babysteps.family.internal;

import org.babysteps.family.ParentDetails;
import org.babysteps.family.ReferralDetails;
import org.babysteps.family.Referrer;
import org.babysteps.family.SupporterDetails;

/**
 * A referral as it should be stored: surrounding spaces trimmed, blank optional values as none, NHS numbers as
 * their 10 digits, and a supporter with neither name nor relationship as no supporter. Forms already trim; API
 * callers and other modules may not.
 */
public final class ReferralTidy {

    private ReferralTidy() {
    }

    public static ReferralDetails tidy(ReferralDetails referral) {
        Referrer referrer = referral.referrer() == null ? new Referrer(null, null)
                : new Referrer(text(referral.referrer().source()), text(referral.referrer().nameOrAgency()));
        SupporterDetails supporter = referral.supporter();
        if (supporter != null && text(supporter.name()) == null && text(supporter.relationship()) == null) {
            supporter = null;
        } else if (supporter != null) {
            supporter = new SupporterDetails(text(supporter.name()), text(supporter.relationship()));
        }
        return new ReferralDetails(referrer, referral.referralDate(), referral.expectedDeliveryDate(),
                referral.vulnerabilityFactors().stream().map(ReferralTidy::text).filter(f -> f != null).distinct().toList(),
                text(referral.otherReasons()), referral.parents().stream().map(ReferralTidy::parent).toList(), supporter,
                text(referral.preferredLanguage()), referral.interpreterNeeded(), referral.contactMethods(),
                text(referral.contactBestTimes()), text(referral.transportNeeds()), referral.needsTransportHelp(),
                text(referral.notes()));
    }

    private static ParentDetails parent(ParentDetails parent) {
        String nhs = text(parent.nhsNumber());
        return new ParentDetails(text(parent.firstName()), text(parent.lastName()), parent.dateOfBirth(),
                text(parent.phone()), text(parent.email()), nhs == null ? null : nhs.replace(" ", ""));
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
