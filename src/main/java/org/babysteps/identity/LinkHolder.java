package org.babysteps.identity;

import java.util.Set;
import java.util.UUID;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UserId;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs one use of a parent's link (see {@link SecretLinkToken}) as whoever holds it: no role at all and only the
 * link's site in scope, so the services it calls apply their usual site scoping, and the audit trail names the link
 * as the actor. It lasts for the call only and is never stored in the session, so a link grants nothing else.
 */
public final class LinkHolder {

    private LinkHolder() {
    }

    /** Work done as the link's holder, which may fail as it would anywhere else. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T run() throws E;
    }

    /**
     * @param linkId the link, which stands as the actor's id in the audit trail
     * @param name   how the trail names the actor, e.g. "parent via link" and the link's id
     */
    public static <T, E extends Exception> T runAs(UUID linkId, String name, SiteId site, Work<T, E> work) throws E {
        CurrentUser holder = new CurrentUser(new UserId(linkId), name, name, null, Set.of(), Set.of(site), true, null);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(holder, null, Set.of()));
        SecurityContextHolder.setContext(context);
        try {
            return work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
