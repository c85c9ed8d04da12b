package org.babysteps.demo;

import java.util.Set;
import java.util.function.Supplier;
import org.babysteps.identity.CurrentUser;
import org.babysteps.identity.Role;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UserId;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs a demo step as the demo person who would take it, so histories and the audit trail name them. */
final class DemoPerson {

    private DemoPerson() {
    }

    static <T> T as(UserId id, String email, String name, Role role, SiteId site, Supplier<T> work) {
        CurrentUser person = new CurrentUser(id, email, name, null, Set.of(role), site == null ? Set.of() : Set.of(site),
                true, null);
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(person, null, person.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
