package org.babysteps.identity.security;

import org.babysteps.identity.internal.UserStore;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads an account, its roles and its sites for Spring Security. */
@Component
class AccountDetailsService implements UserDetailsService {

    private final UserStore users;

    AccountDetailsService(UserStore users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        return users.findByEmail(email.trim()).orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}
