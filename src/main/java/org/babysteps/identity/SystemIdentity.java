package org.babysteps.identity;

import java.util.Set;
import java.util.UUID;
import org.babysteps.platform.UserId;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Work the platform does by itself (seeding, scheduled jobs) runs as a named system identity, so the audit
 * trail says which job did it and site scoping still applies through the same code path.
 */
public final class SystemIdentity {

    private SystemIdentity() {
    }

    public static void runAs(String jobName, Set<Role> roles, Runnable work) {
        String name = "system:" + jobName;
        UserId id = new UserId(UUID.nameUUIDFromBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        CurrentUser system = new CurrentUser(id, name, name, null, roles, Set.of(), true, null);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(system, null, system.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
