package org.babysteps.family.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.babysteps.family.ContactMethod;
import org.babysteps.family.ParentDetails;
import org.babysteps.family.ReferralDetails;
import org.babysteps.family.Referrer;
import org.babysteps.family.SupporterDetails;
import org.babysteps.family.internal.FamilyRecord;
import org.babysteps.family.internal.MemberRecord;

/**
 * The referral form (also used to change a family's details): language, contact, transport and notes after the
 * people, then the version an edit builds on and the "this is a different family" confirmation.
 */
public class FamilyForm extends PeopleFields {

    @NotBlank(message = "Enter the family's preferred language")
    @Size(max = 100, message = "Preferred language must be 100 characters or fewer")
    private String preferredLanguage;

    @NotNull(message = "Select yes if the family needs an interpreter")
    private Boolean interpreterNeeded;

    private Set<ContactMethod> contactMethods = EnumSet.noneOf(ContactMethod.class);

    @Size(max = 200, message = "Best times to contact must be 200 characters or fewer")
    private String contactBestTimes;

    @NotNull(message = "Select yes if the family needs help with transport")
    private Boolean needsTransportHelp;

    @Size(max = 500, message = "Transport needs must be 500 characters or fewer")
    private String transportNeeds;

    @Size(max = 2000, message = "Notes must be 2,000 characters or fewer")
    private String notes;

    private int version;

    private boolean confirmNotDuplicate;

    static FamilyForm of(FamilyRecord family) {
        FamilyForm form = new FamilyForm();
        ReferralDetails details = family.details();
        form.setSiteId(family.row().siteId().value());
        form.setReferrerSource(details.referrer().source());
        form.setReferrerName(details.referrer().nameOrAgency());
        form.setReferralDate(DateInput.of(details.referralDate()));
        form.setExpectedDeliveryDate(DateInput.of(details.expectedDeliveryDate()));
        form.setVulnerabilityFactors(new ArrayList<>(details.vulnerabilityFactors()));
        form.setOtherReasons(details.otherReasons());
        List<MemberRecord> parents = family.parents();
        ParentFieldCopy.toForm(form, 1, parents.isEmpty() ? null : parents.get(0).parentDetails());
        ParentFieldCopy.toForm(form, 2, parents.size() < 2 ? null : parents.get(1).parentDetails());
        family.supporter().ifPresent(supporter -> {
            form.setSupporterName(supporter.name());
            form.setSupporterRelationship(supporter.relationship());
        });
        form.preferredLanguage = details.preferredLanguage();
        form.interpreterNeeded = details.interpreterNeeded();
        form.contactMethods = details.contactMethods().isEmpty() ? EnumSet.noneOf(ContactMethod.class)
                : EnumSet.copyOf(details.contactMethods());
        form.contactBestTimes = details.contactBestTimes();
        form.needsTransportHelp = details.needsTransportHelp();
        form.transportNeeds = details.transportNeeds();
        form.notes = details.notes();
        form.version = family.row().version();
        return form;
    }

    /** The referral as entered; parts not (validly) filled in are left out for the rules to name. */
    ReferralDetails toDetails() {
        List<ParentDetails> parents = new ArrayList<>();
        parents.add(ParentFieldCopy.fromForm(this, 1));
        if (secondParentGiven()) {
            parents.add(ParentFieldCopy.fromForm(this, 2));
        }
        SupporterDetails supporter = getSupporterName() == null && getSupporterRelationship() == null ? null
                : new SupporterDetails(getSupporterName(), getSupporterRelationship());
        return new ReferralDetails(new Referrer(getReferrerSource(), getReferrerName()), getReferralDate().orNull(),
                getExpectedDeliveryDate().orNull(), getVulnerabilityFactors(), getOtherReasons(), parents, supporter,
                preferredLanguage, Boolean.TRUE.equals(interpreterNeeded), contactMethods, contactBestTimes,
                transportNeeds, Boolean.TRUE.equals(needsTransportHelp), notes);
    }

    private boolean secondParentGiven() {
        return Stream.of(getParent2FirstName(), getParent2LastName(), getParent2Phone(), getParent2Email(),
                getParent2NhsNumber()).anyMatch(value -> value != null && !value.isBlank())
                || !getParent2DateOfBirth().blank();
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    public Boolean getInterpreterNeeded() {
        return interpreterNeeded;
    }

    public void setInterpreterNeeded(Boolean interpreterNeeded) {
        this.interpreterNeeded = interpreterNeeded;
    }

    public Set<ContactMethod> getContactMethods() {
        return contactMethods;
    }

    public void setContactMethods(Set<ContactMethod> contactMethods) {
        this.contactMethods = contactMethods == null ? EnumSet.noneOf(ContactMethod.class) : contactMethods;
    }

    public String getContactBestTimes() {
        return contactBestTimes;
    }

    public void setContactBestTimes(String contactBestTimes) {
        this.contactBestTimes = contactBestTimes;
    }

    public Boolean getNeedsTransportHelp() {
        return needsTransportHelp;
    }

    public void setNeedsTransportHelp(Boolean needsTransportHelp) {
        this.needsTransportHelp = needsTransportHelp;
    }

    public String getTransportNeeds() {
        return transportNeeds;
    }

    public void setTransportNeeds(String transportNeeds) {
        this.transportNeeds = transportNeeds;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public boolean isConfirmNotDuplicate() {
        return confirmNotDuplicate;
    }

    public void setConfirmNotDuplicate(boolean confirmNotDuplicate) {
        this.confirmNotDuplicate = confirmNotDuplicate;
    }
}
