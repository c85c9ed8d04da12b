package org.babysteps;

import java.util.function.Supplier;
import org.babysteps.identity.CurrentUser;
import org.babysteps.identity.internal.UserStore;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs application services as a demo account, exactly as its signed-in requests would. */
public final class SignedIn {

    private final UserStore users;

    public SignedIn(UserStore users) {
        this.users = users;
    }

    public <T> T as(String email, Supplier<T> work) {
        CurrentUser user = users.findByEmail(email).orElseThrow();
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public void run(String email, Runnable work) {
        as(email, () -> {
            work.run();
            return null;
        });
    }
}
