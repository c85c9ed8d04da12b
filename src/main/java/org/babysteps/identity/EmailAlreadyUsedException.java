package org.babysteps.identity;

/** Each email address signs in one person only. */
public class EmailAlreadyUsedException extends RuntimeException {

    public EmailAlreadyUsedException(String email) {
        super("An account already uses " + email);
    }
}
