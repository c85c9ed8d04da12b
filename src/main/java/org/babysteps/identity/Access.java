package org.babysteps.identity;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is asking, and which sites they may see: the one source of site scoping for every module. */
@Component
public class Access {

    public CurrentUser currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
            return user;
        }
        throw new AuthenticationCredentialsNotFoundException("Not signed in");
    }

    /** The caller's sites; nobody signed in sees none. */
    public SiteScope scope() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
            return user.scope();
        }
        return SiteScope.none();
    }
}
