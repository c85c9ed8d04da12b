package org.babysteps.identity.security;

import org.babysteps.audit.AuditAction;
import org.babysteps.audit.AuditLog;
import org.babysteps.audit.AuditRecord;
import org.babysteps.identity.CurrentUser;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password login with throttling and an audit entry for every attempt, successful or not. Wraps Spring's own
 * provider, which hashes and compares in constant time.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private static final String RECORD_TYPE = "login";

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final AuditLog auditLog;

    ThrottledAuthenticationProvider(DaoAuthenticationProvider passwords, LoginThrottle throttle, AuditLog auditLog) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.auditLog = auditLog;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String email = String.valueOf(attempt.getName()).trim();
        String address = address(attempt);
        if (throttle.blocked(email, address)) {
            auditLog.recordAs(null, email, new AuditRecord(AuditAction.LOGIN_THROTTLED, RECORD_TYPE, null, null, null));
            throw new LoginThrottledException();
        }
        try {
            Authentication result = passwords.authenticate(attempt);
            CurrentUser user = (CurrentUser) result.getPrincipal();
            throttle.recordSuccess(email);
            auditLog.recordAs(user.userId(), user.username(),
                    new AuditRecord(AuditAction.LOGIN_SUCCESS, RECORD_TYPE, user.userId().toString(), null, null));
            return result;
        } catch (AuthenticationException failure) {
            throttle.recordFailure(email, address);
            auditLog.recordAs(null, email, new AuditRecord(AuditAction.LOGIN_FAILURE, RECORD_TYPE, null, null,
                    failure.getClass().getSimpleName()));
            throw failure;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String address(Authentication attempt) {
        if (attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null) {
            return details.getRemoteAddress();
        }
        return "unknown";
    }
}
