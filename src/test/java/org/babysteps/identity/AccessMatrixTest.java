package org.babysteps.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.babysteps.PlatformTest;
import org.babysteps.identity.internal.UserStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every route the platform serves, asked by every kind of user: it answers only those it should. A route added
 * without a rule here fails the test, so no page can ship without someone deciding who may see it.
 */
@PlatformTest
@AutoConfigureMockMvc
class AccessMatrixTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserStore users;
    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    private RouteIds ids;

    @BeforeEach
    void findTheNorthSitesRecords() {
        ids = new RouteIds(jdbc);
    }

    @Test
    void everyRouteHasARule() {
        Set<String> routes = AccessRules.discoverRoutes(context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values());
        assertThat(AccessRules.RULES.keySet()).as("rules for routes that no longer exist").isSubsetOf(routes);
        assertThat(routes).as("routes without an access rule in AccessRules").isSubsetOf(AccessRules.RULES.keySet());
    }

    @Test
    void everyPersonaGetsOnlyWhatItShould() throws Exception {
        Map<String, String> wrong = new TreeMap<>();
        for (Map.Entry<String, Set<Persona>> rule : AccessRules.RULES.entrySet()) {
            for (Persona persona : Persona.values()) {
                boolean expected = rule.getValue().contains(persona);
                MockHttpServletResponse response = call(rule.getKey(), persona);
                if (allowed(response) != expected) {
                    wrong.put(rule.getKey() + " as " + persona,
                            "expected " + (expected ? "allowed" : "denied") + " but got " + response.getStatus()
                                    + " " + String.valueOf(response.getRedirectedUrl()));
                }
            }
        }
        assertThat(wrong).as("routes answering the wrong people").isEmpty();
    }

    /** Each call runs in a transaction that is rolled back, so probing a POST never changes the demo data. */
    private MockHttpServletResponse call(String route, Persona persona) {
        String[] parts = route.split(" ", 2);
        String path = ids.fill(parts[1]).replace("/**", "");
        MockHttpServletRequestBuilder built = request(HttpMethod.valueOf(parts[0]), path).with(csrf());
        MockHttpServletRequestBuilder request = persona.email == null ? built
                : built.with(user(users.findByEmail(persona.email).orElseThrow()));
        TransactionTemplate rollback = new TransactionTemplate(transactions);
        return rollback.execute(status -> {
            status.setRollbackOnly();
            try {
                return mvc.perform(request).andReturn().getResponse();
            } catch (Exception e) {
                throw new IllegalStateException(route + " as " + persona + " failed", e);
            }
        });
    }

    /** Allowed means served: not refused, not hidden as missing and not sent to sign in. */
    private static boolean allowed(MockHttpServletResponse response) {
        int status = response.getStatus();
        String redirect = response.getRedirectedUrl();
        boolean toLogin = redirect != null && redirect.contains("/login");
        return status != 401 && status != 403 && status != 404 && !toLogin;
    }

    /** Who asks: each role, nobody signed in, and a lead of another site than the one asked about. */
    enum Persona {
        ANONYMOUS(null),
        LICENSOR_ADMIN("admin@licensor.demo"),
        PROGRAMME_MANAGER("manager@licensor.demo"),
        NORTH_LEAD("lead@north.demo"),
        NORTH_FACILITATOR("midwife@north.demo"),
        NORTH_COMMISSIONER("commissioner@north.demo"),
        SOUTH_LEAD("lead@south.demo");

        final String email;

        Persona(String email) {
            this.email = email;
        }
    }

    static List<String> sorted(Set<String> routes) {
        return new ArrayList<>(new TreeSet<>(routes));
    }
}
