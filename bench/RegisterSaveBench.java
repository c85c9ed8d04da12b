import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Register-save benchmark for bench/run.sh, run with the JDK's single-file source launcher (no dependencies):
 *
 * <pre>
 * java bench/RegisterSaveBench.java --base http://127.0.0.1:8093 --auth FILE --sessions id1,id2,...
 *      [--workers 8] [--duration 20] [--warmup 5] [--max-ops 200000] [--only register|floor]
 * </pre>
 *
 * FILE holds one signed-in HTTP session per line, "BABYSTEPS_SESSION-cookie-value CSRF-token" (bench/run.sh signs
 * in with curl and writes it); worker w uses line w modulo their number, so with as many lines as workers every
 * worker is its own signed-in user, as facilitators on their own tablets are.
 *
 * Each worker thread owns one session's register (its own HTTP connection) and loops, for a fixed time and at
 * most --max-ops times: GET /sessions/{id}/register (parse version, participants and _csrf), POST the register
 * with everyone PRESENT/ABSENT alternating (flipped every round), then follow the redirect to /sessions/{id} like
 * a browser (that consumes the "Register saved" flash message, which otherwise piles up in the HTTP session).
 * Only the POST is timed. The floor runs the same three-request shape against the bench profile's endpoint,
 * GET /bench/floor, POST /bench/floor (with _csrf, timed), GET /bench/floor, so throughput and p99 compare like
 * with like. Prints one "RESULT ..." line per measured scenario.
 */
public class RegisterSaveBench {

    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");
    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"");
    private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");
    private static final String ATTENDANCE = "attendance-";

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = parse(args);
        URI base = URI.create(require(opts, "base"));
        String host = base.getHost();
        if (!"127.0.0.1".equals(host) && !"localhost".equals(host)) {
            throw new IllegalArgumentException("--base must point at 127.0.0.1, not " + host);
        }
        List<String[]> auth = java.nio.file.Files.readAllLines(java.nio.file.Path.of(require(opts, "auth"))).stream()
                .map(String::trim).filter(l -> !l.isEmpty()).map(l -> l.split("\\s+")).toList();
        if (auth.isEmpty() || auth.stream().anyMatch(a -> a.length != 2)) {
            throw new IllegalArgumentException("--auth file needs lines 'session-cookie-value csrf-token'");
        }
        List<String> candidates = Arrays.stream(require(opts, "sessions").split("[,\\s]+"))
                .filter(s -> !s.isBlank()).distinct().limit(500).toList();
        int workers = Integer.parseInt(opts.getOrDefault("workers", "8"));
        double duration = Double.parseDouble(opts.getOrDefault("duration", "20"));
        double warmup = Double.parseDouble(opts.getOrDefault("warmup", "5"));
        int maxOps = Integer.parseInt(opts.getOrDefault("max-ops", "200000"));
        String only = opts.getOrDefault("only", "both");
        if (workers < 1 || workers > 256 || duration <= 0 || duration > 3600 || warmup < 0 || warmup > 600) {
            throw new IllegalArgumentException("workers 1..256, duration 0..3600 s, warmup 0..600 s");
        }

        Http probeClient = new Http(base, cookie(auth, 0));
        List<String> usable = new ArrayList<>();
        for (String id : candidates) {
            if (usable.size() >= workers) {
                break;
            }
            if (probe(probeClient, id)) {
                usable.add(id);
            }
        }
        if (!only.equals("floor")) {
            if (usable.isEmpty()) {
                System.err.println("No session among " + candidates.size() + " candidates accepts a register save "
                        + "(past, not cancelled, co-facilitation satisfied, visible to this user).");
                System.exit(2);
            }
            if (usable.size() < workers) {
                System.err.printf("Only %d sessions accept a save; %d workers share them (conflicts are counted as "
                        + "refused and retried).%n", usable.size(), workers);
            }
            System.err.println("Register sessions: " + usable);
        }

        if (warmup > 0) {
            System.err.printf("Warm-up %.0f s each%n", warmup);
            if (!only.equals("floor")) {
                run("register-save", workers, warmup, maxOps, w -> new RegisterCycle(new Http(base, cookie(auth, w)),
                        usable.get(w % usable.size()), w));
            }
            if (!only.equals("register")) {
                run("floor-post", workers, warmup, maxOps,
                        w -> new FloorCycle(new Http(base, cookie(auth, w)), csrf(auth, w)));
            }
        }
        if (!only.equals("floor")) {
            Result register = run("register-save", workers, duration, maxOps,
                    w -> new RegisterCycle(new Http(base, cookie(auth, w)), usable.get(w % usable.size()), w));
            register.print();
        }
        if (!only.equals("register")) {
            Result floor = run("floor-post", workers, duration, maxOps,
                    w -> new FloorCycle(new Http(base, cookie(auth, w)), csrf(auth, w)));
            floor.print();
        }
    }

    /** One save through the real form; true when the app accepted it (302 to the session page). */
    private static boolean probe(Http http, String id) {
        try {
            RegisterCycle cycle = new RegisterCycle(http, id, 0);
            return cycle.once(new Recorder(1)) == Outcome.OK;
        } catch (Exception e) {
            return false;
        }
    }

    // ------------------------------------------------------------------------------------------ the two cycles

    enum Outcome { OK, REFUSED, ERROR }

    interface Cycle {
        /** One round; records the timed request's latency into {@code timed}. */
        Outcome once(Recorder timed) throws Exception;

        /** Why the last round ended in ERROR, for the report. */
        default String problem() {
            return "";
        }

        /** Untimed requests of the round, for the breakdown line. */
        default Recorder[] untimed() {
            return new Recorder[0];
        }
    }

    interface CycleFactory {
        Cycle create(int worker);
    }

    static final class RegisterCycle implements Cycle {
        private final Http http;
        private final String sessionId;
        private boolean flip;
        private String problem = "";
        private final Recorder getRegister = new Recorder(1 << 12);
        private final Recorder followRedirect = new Recorder(1 << 12);

        RegisterCycle(Http http, String sessionId, int worker) {
            this.http = http;
            this.sessionId = sessionId;
            this.flip = worker % 2 == 1;
        }

        @Override
        public Outcome once(Recorder timed) throws Exception {
            String path = "/sessions/" + sessionId + "/register";
            long t0 = System.nanoTime();
            HttpResponse<String> page = http.get(path);
            getRegister.add(System.nanoTime() - t0);
            if (page.statusCode() != 200) {
                problem = "GET register answered " + page.statusCode();
                return Outcome.ERROR;
            }
            Form form = Form.of(page.body());
            if (form.version == null || form.csrf == null || form.participants.isEmpty()) {
                problem = "register page without version, _csrf or participants";
                return Outcome.ERROR;
            }
            StringBuilder body = new StringBuilder();
            body.append("_csrf=").append(enc(form.csrf)).append("&version=").append(enc(form.version));
            int i = 0;
            for (String participant : form.participants) {
                boolean present = ((i++ % 2 == 0) ^ flip);
                body.append('&').append(ATTENDANCE).append(participant).append('=')
                        .append(present ? "PRESENT" : "ABSENT");
            }
            flip = !flip;
            long t1 = System.nanoTime();
            HttpResponse<String> saved = http.post(path, body.toString());
            timed.add(System.nanoTime() - t1);
            if (saved.statusCode() == 302) {
                String location = saved.headers().firstValue("Location").orElse("/sessions/" + sessionId);
                long t2 = System.nanoTime();
                HttpResponse<String> next = http.get(location);
                followRedirect.add(System.nanoTime() - t2);
                if (next.statusCode() != 200) {
                    problem = "GET " + location + " after the save answered " + next.statusCode();
                    return Outcome.ERROR;
                }
                return Outcome.OK;
            }
            if (saved.statusCode() == 200) {
                return Outcome.REFUSED;
            }
            problem = "POST register answered " + saved.statusCode();
            return Outcome.ERROR;
        }

        @Override
        public String problem() {
            return problem;
        }

        @Override
        public Recorder[] untimed() {
            return new Recorder[] {getRegister.named("GET register"), followRedirect.named("GET after save")};
        }
    }

    static final class FloorCycle implements Cycle {
        private final Http http;
        private final String csrf;
        private String problem = "";
        private final Recorder before = new Recorder(1 << 12);
        private final Recorder after = new Recorder(1 << 12);

        FloorCycle(Http http, String csrf) {
            this.http = http;
            this.csrf = csrf;
        }

        @Override
        public Outcome once(Recorder timed) throws Exception {
            long t0 = System.nanoTime();
            int first = http.get("/bench/floor").statusCode();
            before.add(System.nanoTime() - t0);
            long t1 = System.nanoTime();
            HttpResponse<String> posted = http.post("/bench/floor", "_csrf=" + enc(csrf));
            timed.add(System.nanoTime() - t1);
            long t2 = System.nanoTime();
            int last = http.get("/bench/floor").statusCode();
            after.add(System.nanoTime() - t2);
            if (first == 204 && posted.statusCode() == 204 && last == 204) {
                return Outcome.OK;
            }
            problem = "floor answered " + first + "/" + posted.statusCode() + "/" + last;
            return Outcome.ERROR;
        }

        @Override
        public String problem() {
            return problem;
        }

        @Override
        public Recorder[] untimed() {
            return new Recorder[] {before.named("GET floor (1st)"), after.named("GET floor (3rd)")};
        }
    }

    // -------------------------------------------------------------------------------------------- the runner

    private static Result run(String name, int workers, double seconds, int maxOps, CycleFactory factory)
            throws InterruptedException {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        int perWorker = Math.max(1, maxOps / workers);
        Recorder[] timed = new Recorder[workers];
        Cycle[] cycles = new Cycle[workers];
        int[] ok = new int[workers];
        int[] refused = new int[workers];
        int[] errors = new int[workers];
        String[] firstError = new String[workers];
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(workers);
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            int worker = w;
            timed[w] = new Recorder(1 << 14);
            cycles[w] = factory.create(w);
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                    for (int n = 0; n < perWorker && System.nanoTime() < deadline; n++) {
                        try {
                            switch (cycles[worker].once(timed[worker])) {
                                case OK -> ok[worker]++;
                                case REFUSED -> refused[worker]++;
                                case ERROR -> {
                                    errors[worker]++;
                                    if (firstError[worker] == null) {
                                        firstError[worker] = cycles[worker].problem();
                                    }
                                }
                            }
                        } catch (Exception e) {
                            errors[worker]++;
                            if (firstError[worker] == null) {
                                firstError[worker] = e.toString();
                            }
                            Thread.sleep(10);
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    finished.countDown();
                }
            }, name + "-" + w);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        long began = System.nanoTime();
        start.countDown();
        finished.await();
        double elapsed = (System.nanoTime() - began) / 1e9;
        Recorder all = Recorder.merge(Arrays.asList(timed));
        Map<String, List<Recorder>> parts = new LinkedHashMap<>();
        for (Cycle cycle : cycles) {
            for (Recorder r : cycle.untimed()) {
                parts.computeIfAbsent(r.name, k -> new ArrayList<>()).add(r);
            }
        }
        Map<String, Recorder> breakdown = new LinkedHashMap<>();
        parts.forEach((key, list) -> breakdown.put(key, Recorder.merge(list).named(key)));
        String error = Arrays.stream(firstError).filter(e -> e != null).findFirst().orElse("");
        return new Result(name, workers, elapsed, Arrays.stream(ok).sum(), Arrays.stream(refused).sum(),
                Arrays.stream(errors).sum(), all, breakdown, error);
    }

    record Result(String name, int workers, double seconds, int ok, int refused, int errors, Recorder timed,
                  Map<String, Recorder> breakdown, String firstError) {
        void print() {
            for (Recorder r : breakdown.values()) {
                System.out.printf(Locale.ROOT, "DETAIL scenario=%s request=%s count=%d mean_ms=%.3f p50_ms=%.3f "
                                + "p99_ms=%.3f%n", name, r.name.replace(' ', '_'), r.size(), r.mean(),
                        r.percentile(50), r.percentile(99));
            }
            System.out.printf(Locale.ROOT, "DETAIL scenario=%s request=%s count=%d mean_ms=%.3f p50_ms=%.3f "
                            + "p99_ms=%.3f%n", name, "POST_(timed)", timed.size(), timed.mean(), timed.percentile(50),
                    timed.percentile(99));
            System.out.printf(Locale.ROOT, "RESULT scenario=%s workers=%d ops=%d seconds=%.3f rps=%.2f p50_ms=%.3f "
                            + "p90_ms=%.3f p99_ms=%.3f max_ms=%.3f refused=%d errors=%d%s%n",
                    name, workers, ok, seconds, ok / seconds, timed.percentile(50), timed.percentile(90),
                    timed.percentile(99), timed.max(), refused, errors,
                    firstError.isEmpty() ? "" : " first_error=" + firstError.replace(' ', '_'));
        }
    }

    // ---------------------------------------------------------------------------------------------- helpers

    /** Latencies in nanoseconds, growable, one per thread (merged after the run). */
    static final class Recorder {
        private long[] values;
        private int size;
        String name = "";

        Recorder(int capacity) {
            values = new long[Math.max(16, capacity)];
        }

        Recorder named(String n) {
            name = n;
            return this;
        }

        void add(long nanos) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = nanos;
        }

        int size() {
            return size;
        }

        static Recorder merge(List<Recorder> parts) {
            Recorder all = new Recorder(parts.stream().mapToInt(Recorder::size).sum());
            for (Recorder part : parts) {
                for (int i = 0; i < part.size; i++) {
                    all.add(part.values[i]);
                }
            }
            Arrays.sort(all.values, 0, all.size);
            return all;
        }

        /** Nearest-rank percentile in milliseconds; expects a merged (sorted) recorder. */
        double percentile(double p) {
            if (size == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(p / 100.0 * size);
            return values[Math.min(size, Math.max(1, rank)) - 1] / 1e6;
        }

        double max() {
            return size == 0 ? Double.NaN : values[size - 1] / 1e6;
        }

        double mean() {
            if (size == 0) {
                return Double.NaN;
            }
            double sum = 0;
            for (int i = 0; i < size; i++) {
                sum += values[i];
            }
            return sum / size / 1e6;
        }
    }

    /** What the register page's form carries. */
    record Form(String version, String csrf, Set<String> participants) {
        static Form of(String html) {
            String version = null;
            String csrf = null;
            Set<String> participants = new LinkedHashSet<>();
            Matcher input = INPUT.matcher(html);
            while (input.find()) {
                String tag = input.group();
                Matcher n = NAME.matcher(tag);
                if (!n.find()) {
                    continue;
                }
                String name = n.group(1);
                Matcher v = VALUE.matcher(tag);
                String value = v.find() ? v.group(1) : null;
                if (name.equals("version")) {
                    version = value;
                } else if (name.equals("_csrf") && csrf == null) {
                    csrf = value;
                } else if (name.startsWith(ATTENDANCE)) {
                    participants.add(name.substring(ATTENDANCE.length()));
                }
            }
            return new Form(version, csrf, participants);
        }
    }

    /** One HTTP/1.1 connection's worth of client, carrying the signed-in session cookie, never following redirects. */
    static final class Http {
        private final HttpClient client;
        private final URI base;
        private final String cookie;

        Http(URI base, String cookie) {
            this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
            this.base = base;
            this.cookie = cookie;
        }

        HttpResponse<String> get(String path) throws Exception {
            return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String form) throws Exception {
            return client.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }

        private HttpRequest.Builder request(String path) {
            URI uri = base.resolve(path);
            if (!base.getHost().equals(uri.getHost())) {
                throw new IllegalStateException("Refusing to leave " + base.getHost() + ": " + uri);
            }
            return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("Cookie", cookie);
        }
    }

    private static String cookie(List<String[]> auth, int worker) {
        return "BABYSTEPS_SESSION=" + auth.get(worker % auth.size())[0];
    }

    private static String csrf(List<String[]> auth, int worker) {
        return auth.get(worker % auth.size())[1];
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("Expected --name value pairs, got " + args[i]);
            }
            opts.put(args[i].substring(2), args[++i]);
        }
        return opts;
    }

    private static String require(Map<String, String> opts, String name) {
        String value = opts.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Missing --" + name);
        }
        return value;
    }
}
