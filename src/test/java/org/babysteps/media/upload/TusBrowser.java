package org.babysteps.media.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the filming page's script does over HTTP, for a platform in another process: signs in with the form (and its
 * CSRF token), keeps the session cookie, and speaks tus as talk-listen.mjs does. The session lives in the database,
 * so the same cookie carries on against a restarted server, as a browser's would.
 */
final class TusBrowser {

    private static final Pattern LOGIN_TOKEN = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern PAGE_TOKEN = Pattern.compile("data-csrf-token=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private String baseUrl;
    private String csrfToken;

    TusBrowser(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** The same browser, now talking to a restarted server. */
    void serverAt(String newBaseUrl) {
        this.baseUrl = newBaseUrl;
    }

    void signIn(String email, String password) throws IOException, InterruptedException {
        String token = token(LOGIN_TOKEN, get("/login").body());
        String form = "email=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(token);
        HttpResponse<String> response = http.send(request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Location")).as("where sign-in led").hasValue(baseUrl + "/");
    }

    /** Opens the family's talk and listen time page, as the facilitator does before filming, and returns it. */
    String filmingPage(Object familyId) throws IOException, InterruptedException {
        HttpResponse<String> page = get("/families/" + familyId + "/talk-and-listen");
        assertThat(page.statusCode()).as("the filming page").isEqualTo(200);
        csrfToken = token(PAGE_TOKEN, page.body());
        return page.body();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> getRange(String path, long first, long last) throws IOException, InterruptedException {
        return http.send(request(path).header("Range", "bytes=" + first + "-" + last).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Creates an upload and returns its path ({@code /media/uploads/<id>}). */
    String create(Object familyId, long length) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(tus("/families/" + familyId + "/videos")
                .header("Upload-Length", String.valueOf(length)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("creating the upload: " + response.body()).isEqualTo(201);
        return response.headers().firstValue("Location").orElseThrow();
    }

    /** Where the server says the upload stands (HEAD). */
    long offset(String upload) throws IOException, InterruptedException {
        HttpResponse<Void> response = http.send(tus(upload).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).as("HEAD " + upload).isEqualTo(200);
        return Long.parseLong(response.headers().firstValue("Upload-Offset").orElseThrow());
    }

    /** Sends a whole chunk with its checksum and returns the new offset. */
    long patch(String upload, long offset, byte[] chunk) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(tus(upload).header("Content-Type", "application/offset+octet-stream")
                .header("Upload-Offset", String.valueOf(offset)).header("Upload-Checksum", "sha256 " + sha256(chunk))
                .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(chunk)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("PATCH at " + offset + ": " + response.body()).isEqualTo(204);
        return Long.parseLong(response.headers().firstValue("Upload-Offset").orElseThrow());
    }

    /**
     * Starts a PATCH of the whole chunk (its length and checksum declared) but sends only its first {@code sent} bytes
     * and then goes quiet, as a slow connection does, leaving the rest in flight. The caller closes the socket.
     */
    Socket patchInFlight(String upload, long offset, byte[] chunk, int sent) throws IOException {
        URI base = URI.create(baseUrl);
        Socket socket = new Socket(base.getHost(), base.getPort());
        String cookie = cookies.getCookieStore().get(base).stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        String head = "PATCH " + upload + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort() + "\r\n"
                + "Cookie: " + cookie + "\r\nX-CSRF-TOKEN: " + csrfToken + "\r\nTus-Resumable: 1.0.0\r\n"
                + "Content-Type: application/offset+octet-stream\r\nUpload-Offset: " + offset + "\r\n"
                + "Upload-Checksum: sha256 " + sha256(chunk) + "\r\nContent-Length: " + chunk.length + "\r\n\r\n";
        OutputStream out = socket.getOutputStream();
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(chunk, 0, sent);
        out.flush();
        return socket;
    }

    static String sha256(byte[] bytes) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder tus(String path) {
        return request(path).header("Tus-Resumable", "1.0.0").header("X-CSRF-TOKEN", csrfToken);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60));
    }

    private static String token(Pattern pattern, String page) {
        Matcher matcher = pattern.matcher(page);
        assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
        return matcher.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
