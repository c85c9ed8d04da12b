package org.babysteps.family;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Everything a referral says about a family, as given when it is referred and when its details are changed.
 *
 * @param vulnerabilityFactors ticked from the programme's list of reasons and vulnerability factors
 * @param otherReasons         reasons not on that list, in the referrer's words
 * @param parents              one or two
 * @param supporter            optional
 * @param transportNeeds       what help with getting to sessions the family needs, in words
 */
public record ReferralDetails(Referrer referrer, LocalDate referralDate, LocalDate expectedDeliveryDate,
                              List<String> vulnerabilityFactors, String otherReasons, List<ParentDetails> parents,
                              SupporterDetails supporter, String preferredLanguage, boolean interpreterNeeded,
                              Set<ContactMethod> contactMethods, String contactBestTimes, String transportNeeds,
                              boolean needsTransportHelp, String notes) {

    public ReferralDetails {
        vulnerabilityFactors = vulnerabilityFactors == null ? List.of() : List.copyOf(vulnerabilityFactors);
        parents = parents == null ? List.of() : List.copyOf(parents);
        contactMethods = contactMethods == null ? Set.of() : Set.copyOf(contactMethods);
    }
}
