package org.babysteps.family.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The first part of the referral form, in page order: the site, who referred the family and when, the expected
 * date of delivery and the reasons. {@link PeopleFields} and {@link FamilyForm} add the rest.
 */
public class ReferralFields {

    private UUID siteId;

    @NotBlank(message = "Select who referred the family")
    private String referrerSource;

    @NotBlank(message = "Enter the referrer's name and agency")
    @Size(max = 200, message = "Referrer's name and agency must be 200 characters or fewer")
    private String referrerName;

    @RealDate(label = "Referral date")
    private DateInput referralDate = new DateInput();

    @RealDate(label = "Expected date of delivery")
    private DateInput expectedDeliveryDate = new DateInput();

    private List<String> vulnerabilityFactors = new ArrayList<>();

    @Size(max = 500, message = "Other reasons must be 500 characters or fewer")
    private String otherReasons;

    public UUID getSiteId() {
        return siteId;
    }

    public void setSiteId(UUID siteId) {
        this.siteId = siteId;
    }

    public String getReferrerSource() {
        return referrerSource;
    }

    public void setReferrerSource(String referrerSource) {
        this.referrerSource = referrerSource;
    }

    public String getReferrerName() {
        return referrerName;
    }

    public void setReferrerName(String referrerName) {
        this.referrerName = referrerName;
    }

    public DateInput getReferralDate() {
        return referralDate;
    }

    public void setReferralDate(DateInput referralDate) {
        this.referralDate = referralDate;
    }

    public DateInput getExpectedDeliveryDate() {
        return expectedDeliveryDate;
    }

    public void setExpectedDeliveryDate(DateInput expectedDeliveryDate) {
        this.expectedDeliveryDate = expectedDeliveryDate;
    }

    public List<String> getVulnerabilityFactors() {
        return vulnerabilityFactors;
    }

    public void setVulnerabilityFactors(List<String> vulnerabilityFactors) {
        this.vulnerabilityFactors = vulnerabilityFactors == null ? new ArrayList<>() : vulnerabilityFactors;
    }

    public String getOtherReasons() {
        return otherReasons;
    }

    public void setOtherReasons(String otherReasons) {
        this.otherReasons = otherReasons;
    }
}
