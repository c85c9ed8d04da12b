package org.babysteps.media.parentlink;

import java.util.Set;
import org.babysteps.identity.CurrentUser;
import org.babysteps.platform.UserId;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs one use of a watch link as the parent: no role at all and only the film's site in scope, so playback applies
 * its usual site scoping, and the audit trail and the viewings name "parent via link" with the link's id. It lasts
 * for the call only and is never stored in the session, so the link grants nothing else.
 */
final class ParentIdentity {

    private ParentIdentity() {
    }

    static String name(ParentLink link) {
        return "parent via link " + link.id();
    }

    /** Work done as the parent, which may fail as it would anywhere else. */
    interface Work<T, E extends Exception> {
        T run() throws E;
    }

    static <T, E extends Exception> T as(ParentLink link, Work<T, E> work) throws E {
        CurrentUser parent = new CurrentUser(new UserId(link.id()), name(link), name(link), null, Set.of(),
                Set.of(link.siteId()), true, null);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(parent, null, Set.of()));
        SecurityContextHolder.setContext(context);
        try {
            return work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
