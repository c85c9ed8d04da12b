package org.babysteps.family.web;

import jakarta.validation.constraints.Size;
import org.babysteps.family.BirthDetails;
import org.babysteps.family.DeliveryMode;

/** "Record the birth": the birth outcomes the programme measures, and optionally the baby's name. */
public class BirthForm {

    @RealDate(label = "Baby's date of birth")
    private DateInput dateOfBirth = new DateInput();

    private Integer gestationWeeks;

    private Integer gestationDays;

    private Integer birthWeightGrams;

    private DeliveryMode deliveryMode;

    @Size(max = 100, message = "Baby's name must be 100 characters or fewer")
    private String babyName;

    static BirthForm of(BirthDetails birth) {
        BirthForm form = new BirthForm();
        form.dateOfBirth = DateInput.of(birth.dateOfBirth());
        form.gestationWeeks = birth.gestationWeeks();
        form.gestationDays = birth.gestationDays();
        form.birthWeightGrams = birth.birthWeightGrams();
        form.deliveryMode = birth.deliveryMode();
        form.babyName = birth.babyName();
        return form;
    }

    BirthDetails toBirth() {
        return new BirthDetails(dateOfBirth.orNull(), gestationWeeks, gestationDays, birthWeightGrams, deliveryMode,
                babyName);
    }

    public DateInput getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(DateInput dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public Integer getGestationWeeks() {
        return gestationWeeks;
    }

    public void setGestationWeeks(Integer gestationWeeks) {
        this.gestationWeeks = gestationWeeks;
    }

    public Integer getGestationDays() {
        return gestationDays;
    }

    public void setGestationDays(Integer gestationDays) {
        this.gestationDays = gestationDays;
    }

    public Integer getBirthWeightGrams() {
        return birthWeightGrams;
    }

    public void setBirthWeightGrams(Integer birthWeightGrams) {
        this.birthWeightGrams = birthWeightGrams;
    }

    public DeliveryMode getDeliveryMode() {
        return deliveryMode;
    }

    public void setDeliveryMode(DeliveryMode deliveryMode) {
        this.deliveryMode = deliveryMode;
    }

    public String getBabyName() {
        return babyName;
    }

    public void setBabyName(String babyName) {
        this.babyName = babyName;
    }
}
