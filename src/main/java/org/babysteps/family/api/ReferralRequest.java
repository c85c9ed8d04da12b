package org.babysteps.family.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.babysteps.family.ContactMethod;
import org.babysteps.family.ParentDetails;
import org.babysteps.family.ReferralDetails;
import org.babysteps.family.Referrer;
import org.babysteps.family.SupporterDetails;

/**
 * A referral (POST /api/v1/families) or new details (not yet exposed). Field names are the ones problem details
 * name, e.g. {@code parents[1].dateOfBirth}.
 *
 * @param confirmNotDuplicate true once the caller has checked the possible matches a 409 listed; absent is false
 */
public record ReferralRequest(
        @NotNull(message = "Give the site the family is referred to") UUID siteId,
        @NotBlank(message = "Give who referred the family") @Size(max = 100) String referrerSource,
        @NotBlank(message = "Give the referrer's name and agency") @Size(max = 200) String referrerName,
        @NotNull(message = "Give the referral date") LocalDate referralDate,
        @NotNull(message = "Give the expected date of delivery") LocalDate expectedDeliveryDate,
        List<@NotBlank @Size(max = 200) String> vulnerabilityFactors,
        @Size(max = 500) String otherReasons,
        @NotNull(message = "Give one or two parents") @Size(min = 1, max = 2, message = "Give one or two parents")
        List<@NotNull @Valid Parent> parents,
        @Valid Supporter supporter,
        @NotBlank(message = "Give the family's preferred language") @Size(max = 100) String preferredLanguage,
        @NotNull(message = "Say whether the family needs an interpreter") Boolean interpreterNeeded,
        Set<ContactMethod> contactMethods,
        @Size(max = 200) String contactBestTimes,
        @Size(max = 500) String transportNeeds,
        @NotNull(message = "Say whether the family needs help with transport") Boolean needsTransportHelp,
        @Size(max = 2000) String notes,
        Boolean confirmNotDuplicate) {

    public record Parent(@NotBlank @Size(max = 100) String firstName, @NotBlank @Size(max = 100) String lastName,
                         @NotNull LocalDate dateOfBirth,
                         @Size(max = 30) @Pattern(regexp = "^[0-9 +()-]{6,30}$", message = "Give a phone number of digits") String phone,
                         @Email @Size(max = 320) String email,
                         @Size(max = 20) String nhsNumber) {

        ParentDetails toDetails() {
            return new ParentDetails(firstName, lastName, dateOfBirth, phone, email, nhsNumber);
        }
    }

    public record Supporter(@NotBlank @Size(max = 200) String name, @Size(max = 100) String relationship) {
    }

    boolean confirmedNotDuplicate() {
        return Boolean.TRUE.equals(confirmNotDuplicate);
    }

    ReferralDetails toDetails() {
        return new ReferralDetails(new Referrer(referrerSource, referrerName), referralDate, expectedDeliveryDate,
                vulnerabilityFactors, otherReasons, parents.stream().map(Parent::toDetails).toList(),
                supporter == null ? null : new SupporterDetails(supporter.name(), supporter.relationship()),
                preferredLanguage, interpreterNeeded, contactMethods, contactBestTimes, transportNeeds,
                needsTransportHelp, notes);
    }
}
