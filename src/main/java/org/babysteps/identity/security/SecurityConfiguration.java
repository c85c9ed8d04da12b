package org.babysteps.identity.security;

import org.babysteps.audit.AuditAction;
import org.babysteps.audit.AuditLog;
import org.babysteps.audit.AuditRecord;
import org.babysteps.identity.CurrentUser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * Who may reach what. Pages declare their own role rules with {@code @PreAuthorize} next to the code; this chain
 * adds what is common: sign-in, sign-out, CSRF, session fixation protection and strict security headers.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

    /** No inline script or style anywhere: GOV.UK Frontend and htmx are loaded as files. */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:",
            "font-src 'self'", "connect-src 'self'", "media-src 'self' blob:", "object-src 'none'",
            "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'");

    static final String SESSION_COOKIE = "BABYSTEPS_SESSION";

    /** The session cookie, the same on every node and in every test: script cannot read it, other sites cannot send it. */
    @Bean
    CookieSerializer sessionCookie() {
        DefaultCookieSerializer cookie = new DefaultCookieSerializer();
        cookie.setCookieName(SESSION_COOKIE);
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite("Lax");
        cookie.setCookiePath("/");
        return cookie;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt today, with the algorithm named in each hash so stronger ones can take over as people sign in
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * The one way to sign in. Deliberately not a bean and with no parent manager: a refused (for example
     * throttled) attempt must never fall through to another provider that would accept it.
     */
    private static AuthenticationManager signIn(AccountDetailsService accounts, PasswordEncoder passwordEncoder,
            LoginThrottle throttle, AuditLog auditLog) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(passwordEncoder);
        return new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle, auditLog));
    }

    /**
     * The JSON API for other agencies' systems: HTTP Basic over TLS with the same accounts, throttling and audit
     * as the pages, no session and so no cookie for a cross-site request to ride on (hence no CSRF token).
     * Refusals are problem-details JSON, not a redirect to the sign-in page.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, AccountDetailsService accounts,
            PasswordEncoder passwordEncoder, LoginThrottle throttle, AuditLog auditLog) throws Exception {
        ApiProblemEntryPoint problems = new ApiProblemEntryPoint();
        http.securityMatcher("/api/**")
                .authenticationManager(signIn(accounts, passwordEncoder, throttle, auditLog))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain platformSecurity(HttpSecurity http, AccountDetailsService accounts,
            PasswordEncoder passwordEncoder, LoginThrottle throttle, AuditLog auditLog) throws Exception {
        http.authenticationManager(signIn(accounts, passwordEncoder, throttle, auditLog))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/q/**", "/w/**", "/assets/**", "/webjars/**", "/css/**", "/js/**", "/images/**",
                                "/favicon.ico", "/error", "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole("LICENSOR_ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .usernameParameter("email")
                        .defaultSuccessUrl("/", true)
                        .failureHandler(new LoginFailureRedirect()))
                .logout(logout -> logout.logoutUrl("/logout")
                        .addLogoutHandler(auditLogout(auditLog))
                        .logoutSuccessUrl("/login?signedOut=true")
                        .deleteCookies(SESSION_COOKIE))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy(
                                "camera=(self), microphone=(self), geolocation=(), payment=()")));
        return http.build();
    }

    private static LogoutHandler auditLogout(AuditLog auditLog) {
        return (request, response, authentication) -> {
            if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
                auditLog.recordAs(user.userId(), user.username(),
                        AuditRecord.of(AuditAction.LOGOUT, "login", user.userId(), null));
            }
        };
    }
}
