package org.babysteps.identity.security;

import org.springframework.security.core.AuthenticationException;

/** Raised before the password is even checked, once an account or address has failed too often. */
class LoginThrottledException extends AuthenticationException {

    LoginThrottledException() {
        super("Too many failed sign-in attempts");
    }
}
