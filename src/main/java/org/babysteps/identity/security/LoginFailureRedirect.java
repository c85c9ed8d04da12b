package org.babysteps.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Back to the sign-in page saying why, without revealing whether the account exists: a wrong password, an
 * unknown email and a disabled account all read the same.
 */
class LoginFailureRedirect implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String reason = exception instanceof LoginThrottledException ? "throttled" : "invalid";
        response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
    }
}
