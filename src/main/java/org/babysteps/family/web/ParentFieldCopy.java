package org.babysteps.family.web;

import org.babysteps.family.ParentDetails;
import org.babysteps.family.internal.NhsNumber;

/** Copies a parent between {@link ParentDetails} and the numbered fields of the referral form. */
final class ParentFieldCopy {

    private ParentFieldCopy() {
    }

    static ParentDetails fromForm(PeopleFields form, int parent) {
        return parent == 1
                ? new ParentDetails(form.getParent1FirstName(), form.getParent1LastName(),
                        form.getParent1DateOfBirth().orNull(), form.getParent1Phone(), form.getParent1Email(),
                        form.getParent1NhsNumber())
                : new ParentDetails(form.getParent2FirstName(), form.getParent2LastName(),
                        form.getParent2DateOfBirth().orNull(), form.getParent2Phone(), form.getParent2Email(),
                        form.getParent2NhsNumber());
    }

    static void toForm(PeopleFields form, int parent, ParentDetails details) {
        if (details == null) {
            return;
        }
        String nhs = details.nhsNumber() == null ? null : new NhsNumber(details.nhsNumber()).formatted();
        if (parent == 1) {
            form.setParent1FirstName(details.firstName());
            form.setParent1LastName(details.lastName());
            form.setParent1DateOfBirth(DateInput.of(details.dateOfBirth()));
            form.setParent1Phone(details.phone());
            form.setParent1Email(details.email());
            form.setParent1NhsNumber(nhs);
        } else {
            form.setParent2FirstName(details.firstName());
            form.setParent2LastName(details.lastName());
            form.setParent2DateOfBirth(DateInput.of(details.dateOfBirth()));
            form.setParent2Phone(details.phone());
            form.setParent2Email(details.email());
            form.setParent2NhsNumber(nhs);
        }
    }
}
