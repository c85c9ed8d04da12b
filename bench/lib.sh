# Shared by the benchmark scripts (bench/run.sh, bench/outcomes.sh); source it, do not run it.
# It builds and starts the application with the bench profile on an embedded PostgreSQL in a temporary directory,
# stops both again on exit (also on failure or Ctrl-C), gives psql access to that database and signs users in.
#
# Before sourcing, set BASE (http://127.0.0.1:PORT) and PORT. After bench_start_app: APP_PID, PG_PID, PG_PORT.
# Settings read here: BENCH_SKIP_BUILD (1 reuses target/*.jar), BENCH_JAVA_OPTS, BENCH_KEEP (1 keeps the temp dir),
# BENCH_START_TIMEOUT (seconds to wait for readiness, default 300), BENCH_DATA_DIR (a database directory of its own, kept after the run and used again by the next; default: a new
# one in the temp dir, removed with it).

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/babysteps-bench.XXXXXX")
DATA=${BENCH_DATA_DIR:-$WORK/postgres}
APP_LOG="$WORK/app.log"
APP_PID=""
PG_PID=""
PG_PORT=""

cleanup() {
    local status=$?
    if [[ -n $APP_PID ]] && kill -0 "$APP_PID" 2>/dev/null; then
        log "Stopping the application (pid $APP_PID)"
        kill "$APP_PID" 2>/dev/null || true
        for _ in $(seq 1 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
        if kill -0 "$APP_PID" 2>/dev/null; then
            kill -9 "$APP_PID" 2>/dev/null || true
        fi
    fi
    # The JVM stops its embedded PostgreSQL on shutdown; if it could not, stop that one server by its own pid.
    if [[ -f "$DATA/postmaster.pid" ]]; then
        local pg
        pg=$(head -n 1 "$DATA/postmaster.pid" 2>/dev/null || true)
        if [[ $pg =~ ^[0-9]+$ ]] && kill -0 "$pg" 2>/dev/null; then
            kill "$pg" 2>/dev/null || true
            for _ in $(seq 1 20); do kill -0 "$pg" 2>/dev/null || break; sleep 0.5; done
        fi
    fi
    if (( status != 0 )) && [[ -f $APP_LOG ]]; then
        echo "---- last lines of the application log ----" >&2
        tail -n 40 "$APP_LOG" >&2 || true
    fi
    if [[ ${BENCH_KEEP:-0} == 1 ]]; then
        log "Kept $WORK"
    else
        rm -rf "$WORK"
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Fails when a tool is missing or something already answers on BASE.
bench_check_tools() { # tool...
    local tool
    for tool in "$@"; do
        command -v "$tool" >/dev/null 2>&1 || { echo "$tool is required" >&2; exit 69; }
    done
    if curl -s -o /dev/null --max-time 2 "$BASE/"; then
        echo "Something already answers on $BASE; stop it or set BENCH_PORT" >&2
        exit 69
    fi
}

# Builds the jar (unless BENCH_SKIP_BUILD=1), starts it and waits until the demo data is seeded.
bench_start_app() { # extra application arguments...
    if [[ ${BENCH_SKIP_BUILD:-0} != 1 ]]; then
        log "Building the jar (mvn -q -B -DskipTests package)"
        mvn -q -B -DskipTests package >"$WORK/build.log" 2>&1 || {
            cat "$WORK/build.log" >&2; echo "The build failed" >&2; exit 70; }
    fi
    local jar
    jar=$(ls -t target/*.jar 2>/dev/null | grep -v -- '-plain\.jar$' | head -n 1 || true)
    [[ -n $jar ]] || { echo "No jar in target/" >&2; exit 70; }

    log "Starting $jar on $BASE with the bench profile, database in $DATA"
    # shellcheck disable=SC2086
    java ${BENCH_JAVA_OPTS:-} -jar "$jar" --spring.profiles.active=bench --server.port="$PORT" --server.address=127.0.0.1 \
        --babysteps.embedded-database.data-directory="$DATA" --management.endpoint.health.probes.enabled=true "$@" \
        >"$APP_LOG" 2>&1 &
    APP_PID=$!

    # Readiness (not plain health) turns UP only after the application runners, i.e. once the demo data is seeded.
    log "Waiting for $BASE/actuator/health/readiness (demo data is seeded on first start)"
    local i limit=${BENCH_START_TIMEOUT:-300}
    for i in $(seq 1 "$limit"); do
        if curl -fsS --max-time 2 "$BASE/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; then
            break
        fi
        kill -0 "$APP_PID" 2>/dev/null || { echo "The application exited while starting" >&2; exit 70; }
        (( i < limit )) || { echo "The application did not become ready in $limit s (BENCH_START_TIMEOUT)" >&2; exit 70; }
        sleep 1
    done
    # The embedded server: postmaster.pid holds its pid (line 1) and port (line 4); else the application log.
    PG_PID=$(sed -n '1p' "$DATA/postmaster.pid" 2>/dev/null | tr -dc '0-9')
    PG_PORT=$(sed -n '4p' "$DATA/postmaster.pid" 2>/dev/null | tr -dc '0-9')
    if [[ -z $PG_PORT ]]; then
        PG_PORT=$(sed -n -e 's/.*Embedded PostgreSQL listening on 127\.0\.0\.1:\([0-9]*\).*/\1/p' \
            -e 's|.*jdbc:postgresql://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$APP_LOG" | head -n 1)
    fi
    [[ -n $PG_PORT ]] || { echo "Cannot find the embedded PostgreSQL port" >&2; exit 70; }
    log "Ready; embedded PostgreSQL on 127.0.0.1:$PG_PORT"
}

# One statement (or a script with -f FILE) against the application's embedded database, unaligned output.
sql() { PGCONNECT_TIMEOUT=5 psql -X -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -At -v ON_ERROR_STOP=1 -c "$1"; }
psql_file() { PGCONNECT_TIMEOUT=5 psql -X -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 "$@"; }

# CPU time in clock ticks (HZ a second) of one process, and of the embedded PostgreSQL: the postmaster, its live
# backends and the ones that have ended.
HZ=$(getconf CLK_TCK)
proc_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0; }
pg_ticks() {
    local pg=0 p
    if [[ -n $PG_PID && -r /proc/$PG_PID/stat ]]; then
        pg=$(awk '{ print $14 + $15 + $16 + $17 }' "/proc/$PG_PID/stat")
        for p in $(ps -o pid= --ppid "$PG_PID"); do pg=$(( pg + $(proc_ticks "$p") )); done
    fi
    echo "$pg"
}

csrf_of() { sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1; }

sign_in() { # cookie-jar-file email password -> prints "session-cookie-value csrf-token"
    local jar=$1 email=$2 password=$3 token result page status session csrf
    token=$(curl -fsS -c "$jar" -b "$jar" "$BASE/login" | csrf_of)
    [[ -n $token ]] || { echo "No _csrf field on /login" >&2; return 1; }
    result=$(curl -sS -c "$jar" -b "$jar" -o /dev/null -w '%{http_code} %{redirect_url}' \
        --data-urlencode "email=$email" --data-urlencode "password=$password" --data-urlencode "_csrf=$token" \
        "$BASE/login")
    [[ $result == "302 $BASE/" ]] || { echo "Sign-in as $email failed: $result" >&2; return 1; }
    page="$jar.home.html"
    status=$(curl -sS -c "$jar" -b "$jar" -o "$page" -w '%{http_code}' "$BASE/")
    [[ $status == 200 ]] || { echo "GET / answered $status after sign-in" >&2; return 1; }
    csrf=$(csrf_of <"$page")
    session=$(awk '$6 == "BABYSTEPS_SESSION" { print $7 }' "$jar" | tail -n 1)
    [[ -n $csrf && -n $session ]] || { echo "No session cookie or CSRF token after sign-in" >&2; return 1; }
    echo "$session $csrf"
}
