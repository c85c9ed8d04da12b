package org.babysteps.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.babysteps.BabyStepsApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Two platform nodes on different ports share one database: a person signed in on one is signed in on the other,
 * because sessions live in PostgreSQL, not in a node's memory.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TwoNodeSessionTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("BABYSTEPS_SESSION=([^;]+)");

    @LocalServerPort
    int nodeA;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aSessionStartedOnOneNodeIsHonouredByTheOther() throws Exception {
        try (ConfigurableApplicationContext secondNode = new SpringApplicationBuilder(BabyStepsApplication.class)
                .profiles("test").run("--server.port=0")) {
            int nodeB = ((WebServerApplicationContext) secondNode).getWebServer().getPort();
            assertThat(nodeB).isNotEqualTo(nodeA);

            String session = signIn(nodeA, "lead@north.demo", "demo-password-1");

            HttpResponse<String> home = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + nodeB + "/"))
                    .header("Cookie", "BABYSTEPS_SESSION=" + session).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).contains("Welcome, Nia North-Lead (demo)");
        }
    }

    private String signIn(int port, String email, String password) throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = find(SESSION, page.headers().allValues("Set-Cookie").toString());
        String token = find(CSRF, page.body());
        String form = "email=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(token);
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "BABYSTEPS_SESSION=" + cookie)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(url -> assertThat(url).endsWith("/"));
        return find(SESSION, login.headers().allValues("Set-Cookie").toString());
    }

    private static String find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as("%s in %s", pattern, text).isTrue();
        return matcher.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
