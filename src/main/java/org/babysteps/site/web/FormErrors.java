package org.babysteps.site.web;

import org.babysteps.site.SiteChangeRejectedException;
import org.springframework.validation.BindingResult;

/** Puts a rejected change next to the field it belongs to, or at the top of the form. */
final class FormErrors {

    private FormErrors() {
    }

    static void reject(BindingResult errors, SiteChangeRejectedException rejected) {
        if (rejected.field() != null && errors.getTarget() != null
                && org.springframework.beans.BeanUtils.getPropertyDescriptor(errors.getTarget().getClass(), rejected.field()) != null) {
            errors.rejectValue(rejected.field(), "rejected", rejected.getMessage());
        } else {
            errors.reject("rejected", rejected.getMessage());
        }
    }
}
