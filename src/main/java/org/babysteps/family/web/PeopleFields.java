package org.babysteps.family.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The people of the referral form, in page order: the first parent, an optional second parent and an optional
 * supporter. A second parent or supporter counts as given when any of their fields is filled in; the referral
 * rules then ask for the rest.
 */
public class PeopleFields extends ReferralFields {

    /** Digits with the spaces, brackets, plus and dashes people write phone numbers with; blank is fine. */
    static final String PHONE = "^$|^[0-9 +()-]{6,30}$";

    @NotBlank(message = "Enter the first parent's first name")
    @Size(max = 100, message = "First parent's first name must be 100 characters or fewer")
    private String parent1FirstName;

    @NotBlank(message = "Enter the first parent's last name")
    @Size(max = 100, message = "First parent's last name must be 100 characters or fewer")
    private String parent1LastName;

    @RealDate(label = "First parent's date of birth")
    private DateInput parent1DateOfBirth = new DateInput();

    @Pattern(regexp = PHONE, message = "Enter the first parent's phone number, like 01632 960 001 or 07700 900 982")
    private String parent1Phone;

    @Email(message = "Enter the first parent's email address in the correct format, like name@example.com")
    @Size(max = 320, message = "First parent's email address must be 320 characters or fewer")
    private String parent1Email;

    @Size(max = 20, message = "First parent's NHS number must be 10 digits, for example 943 476 5919")
    private String parent1NhsNumber;

    @Size(max = 100, message = "Second parent's first name must be 100 characters or fewer")
    private String parent2FirstName;

    @Size(max = 100, message = "Second parent's last name must be 100 characters or fewer")
    private String parent2LastName;

    @RealDate(label = "Second parent's date of birth", required = false)
    private DateInput parent2DateOfBirth = new DateInput();

    @Pattern(regexp = PHONE, message = "Enter the second parent's phone number, like 01632 960 001 or 07700 900 982")
    private String parent2Phone;

    @Email(message = "Enter the second parent's email address in the correct format, like name@example.com")
    @Size(max = 320, message = "Second parent's email address must be 320 characters or fewer")
    private String parent2Email;

    @Size(max = 20, message = "Second parent's NHS number must be 10 digits, for example 943 476 5919")
    private String parent2NhsNumber;

    @Size(max = 200, message = "Supporter's name must be 200 characters or fewer")
    private String supporterName;

    @Size(max = 100, message = "Supporter's relationship to the family must be 100 characters or fewer")
    private String supporterRelationship;

    public String getParent1FirstName() {
        return parent1FirstName;
    }

    public void setParent1FirstName(String parent1FirstName) {
        this.parent1FirstName = parent1FirstName;
    }

    public String getParent1LastName() {
        return parent1LastName;
    }

    public void setParent1LastName(String parent1LastName) {
        this.parent1LastName = parent1LastName;
    }

    public DateInput getParent1DateOfBirth() {
        return parent1DateOfBirth;
    }

    public void setParent1DateOfBirth(DateInput parent1DateOfBirth) {
        this.parent1DateOfBirth = parent1DateOfBirth;
    }

    public String getParent1Phone() {
        return parent1Phone;
    }

    public void setParent1Phone(String parent1Phone) {
        this.parent1Phone = parent1Phone;
    }

    public String getParent1Email() {
        return parent1Email;
    }

    public void setParent1Email(String parent1Email) {
        this.parent1Email = parent1Email;
    }

    public String getParent1NhsNumber() {
        return parent1NhsNumber;
    }

    public void setParent1NhsNumber(String parent1NhsNumber) {
        this.parent1NhsNumber = parent1NhsNumber;
    }

    public String getParent2FirstName() {
        return parent2FirstName;
    }

    public void setParent2FirstName(String parent2FirstName) {
        this.parent2FirstName = parent2FirstName;
    }

    public String getParent2LastName() {
        return parent2LastName;
    }

    public void setParent2LastName(String parent2LastName) {
        this.parent2LastName = parent2LastName;
    }

    public DateInput getParent2DateOfBirth() {
        return parent2DateOfBirth;
    }

    public void setParent2DateOfBirth(DateInput parent2DateOfBirth) {
        this.parent2DateOfBirth = parent2DateOfBirth;
    }

    public String getParent2Phone() {
        return parent2Phone;
    }

    public void setParent2Phone(String parent2Phone) {
        this.parent2Phone = parent2Phone;
    }

    public String getParent2Email() {
        return parent2Email;
    }

    public void setParent2Email(String parent2Email) {
        this.parent2Email = parent2Email;
    }

    public String getParent2NhsNumber() {
        return parent2NhsNumber;
    }

    public void setParent2NhsNumber(String parent2NhsNumber) {
        this.parent2NhsNumber = parent2NhsNumber;
    }

    public String getSupporterName() {
        return supporterName;
    }

    public void setSupporterName(String supporterName) {
        this.supporterName = supporterName;
    }

    public String getSupporterRelationship() {
        return supporterRelationship;
    }

    public void setSupporterRelationship(String supporterRelationship) {
        this.supporterRelationship = supporterRelationship;
    }
}
