package org.babysteps.family.web;

import jakarta.validation.constraints.NotNull;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.babysteps.family.ConsentPurpose;
import org.babysteps.family.NewConsent;
import org.babysteps.platform.AgencyId;

/** "Record consent": what for, when, which parent gave it, and for sharing, with which partner agencies. */
public class ConsentForm {

    @NotNull(message = "Select what the consent is for")
    private ConsentPurpose purpose;

    @RealDate(label = "Date consent was given")
    private DateInput givenOn = new DateInput();

    @NotNull(message = "Select the parent who gave consent")
    private UUID givenBy;

    private Set<UUID> partnerAgencies = new LinkedHashSet<>();

    NewConsent toConsent() {
        return new NewConsent(purpose, givenOn.orNull(), givenBy,
                partnerAgencies.stream().map(AgencyId::new).collect(Collectors.toSet()));
    }

    public ConsentPurpose getPurpose() {
        return purpose;
    }

    public void setPurpose(ConsentPurpose purpose) {
        this.purpose = purpose;
    }

    public DateInput getGivenOn() {
        return givenOn;
    }

    public void setGivenOn(DateInput givenOn) {
        this.givenOn = givenOn;
    }

    public UUID getGivenBy() {
        return givenBy;
    }

    public void setGivenBy(UUID givenBy) {
        this.givenBy = givenBy;
    }

    public Set<UUID> getPartnerAgencies() {
        return partnerAgencies;
    }

    public void setPartnerAgencies(Set<UUID> partnerAgencies) {
        this.partnerAgencies = partnerAgencies == null ? new LinkedHashSet<>() : partnerAgencies;
    }
}
