package org.babysteps.outcomes.link;

import java.util.Set;
import java.util.function.Supplier;
import org.babysteps.identity.CurrentUser;
import org.babysteps.platform.UserId;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs one step of a parent's link as the parent: no role at all and only the family's site in scope, so the
 * questionnaire services apply their usual site scoping and the audit trail names "parent by link" with the link's
 * id as the actor. It lasts for the call only and is never stored in the session, so the link grants nothing else.
 */
final class ParentIdentity {

    static final String NAME = "parent by link";

    private ParentIdentity() {
    }

    static <T> T as(LinkRecord link, Supplier<T> work) {
        CurrentUser parent = new CurrentUser(new UserId(link.id()), NAME, NAME, null, Set.of(),
                Set.of(link.siteId()), true, null);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(parent, null, Set.of()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
