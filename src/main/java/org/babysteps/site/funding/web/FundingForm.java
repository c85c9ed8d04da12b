package org.babysteps.site.funding.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.babysteps.site.FundingStatus;
import org.babysteps.site.funding.VersionedFundingStream;

/** A funding stream's fields, in page order; amount and dates stay text so a typo can be shown back. */
public class FundingForm {

    private UUID commissionerId;
    private String newCommissionerName;
    @Size(max = 200, message = "Contact name must be 200 characters or fewer")
    private String contactName;
    @Email(message = "Enter the contact's email address in the right format, like name@example.org")
    @Size(max = 320, message = "Contact email must be 320 characters or fewer")
    private String contactEmail;
    private String amount;
    private String startsOn;
    private String endsOn;
    @NotBlank(message = "Enter what the funding pays for")
    @Size(max = 1000, message = "What it pays for must be 1000 characters or fewer")
    private String paysFor;
    @NotNull(message = "Select how sure the funding is")
    private FundingStatus status;
    private int version;

    static FundingForm of(VersionedFundingStream versioned) {
        var stream = versioned.stream();
        FundingForm form = new FundingForm();
        form.commissionerId = stream.commissioner().value();
        form.contactName = stream.contactName();
        form.contactEmail = stream.contactEmail();
        form.amount = stream.amount().toPlainString();
        form.startsOn = stream.startsOn().toString();
        form.endsOn = stream.endsOn().toString();
        form.paysFor = stream.paysFor();
        form.status = stream.status();
        form.version = versioned.version();
        return form;
    }

    public UUID getCommissionerId() {
        return commissionerId;
    }

    public void setCommissionerId(UUID commissionerId) {
        this.commissionerId = commissionerId;
    }

    public String getNewCommissionerName() {
        return newCommissionerName;
    }

    public void setNewCommissionerName(String newCommissionerName) {
        this.newCommissionerName = newCommissionerName;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    public String getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(String startsOn) {
        this.startsOn = startsOn;
    }

    public String getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(String endsOn) {
        this.endsOn = endsOn;
    }

    public String getPaysFor() {
        return paysFor;
    }

    public void setPaysFor(String paysFor) {
        this.paysFor = paysFor;
    }

    public FundingStatus getStatus() {
        return status;
    }

    public void setStatus(FundingStatus status) {
        this.status = status;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
