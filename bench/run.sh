#!/usr/bin/env bash
# Load benchmark: a facilitator's home page and saving a register, each against a bare floor endpoint (one
# INSERT behind the same filters and session lookup) measured in the same run. See bench/README.md.
#
# Usage: bench/run.sh            (from any directory of a checkout)
# Settings (environment):
#   BENCH_DURATION=20    seconds measured per scenario
#   BENCH_WARMUP=5       seconds of unrecorded warm-up per scenario (0 for none)
#   BENCH_THREADS=2      wrk threads
#   BENCH_CONNECTIONS=8  wrk connections
#   BENCH_WORKERS=8      register-save harness worker threads (one session's register and connection each)
#   BENCH_MAX_OPS=200000 upper bound of timed requests per harness scenario
#   BENCH_PORT=8093      HTTP port of the instance under test (always 127.0.0.1)
#   BENCH_JAVA_OPTS=     extra JVM options for the application
#   BENCH_SKIP_BUILD=0   1 = reuse the jar already in target/
#   BENCH_KEEP=0         1 = keep the temp dir (application log, raw wrk output) instead of removing it
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$(pwd)

DURATION=${BENCH_DURATION:-20}
WARMUP=${BENCH_WARMUP:-5}
THREADS=${BENCH_THREADS:-2}
CONNECTIONS=${BENCH_CONNECTIONS:-8}
WORKERS=${BENCH_WORKERS:-$CONNECTIONS}
MAX_OPS=${BENCH_MAX_OPS:-200000}
PORT=${BENCH_PORT:-8093}
USER_EMAIL=${BENCH_USER:-midwife@north.demo}
PASSWORD=${BENCH_PASSWORD:-demo-password-1}
BASE="http://127.0.0.1:${PORT}"

for n in "$DURATION" "$WARMUP" "$THREADS" "$CONNECTIONS" "$WORKERS" "$MAX_OPS" "$PORT"; do
    [[ $n =~ ^[0-9]+$ ]] || { echo "Settings must be whole numbers, got '$n'" >&2; exit 64; }
done
(( DURATION >= 1 && DURATION <= 600 )) || { echo "BENCH_DURATION must be 1..600 s" >&2; exit 64; }
(( WARMUP <= 120 )) || { echo "BENCH_WARMUP must be 0..120 s" >&2; exit 64; }
(( CONNECTIONS >= THREADS && THREADS >= 1 )) || { echo "BENCH_CONNECTIONS must be >= BENCH_THREADS >= 1" >&2; exit 64; }

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/babysteps-bench.XXXXXX")
DATA="$WORK/postgres"
APP_LOG="$WORK/app.log"
COOKIES="$WORK/cookies.txt"
APP_PID=""

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

# ------------------------------------------------------------------------------------------------ tools
if ! command -v wrk >/dev/null 2>&1; then
    log "Installing wrk with apt"
    SUDO=""
    (( $(id -u) == 0 )) || SUDO="sudo"
    $SUDO apt-get install -y wrk >/dev/null || { $SUDO apt-get update >/dev/null && $SUDO apt-get install -y wrk >/dev/null; }
fi
for tool in java curl psql wrk; do
    command -v "$tool" >/dev/null 2>&1 || { echo "$tool is required" >&2; exit 69; }
done
if curl -s -o /dev/null --max-time 2 "$BASE/"; then
    echo "Something already answers on $BASE; stop it or set BENCH_PORT" >&2
    exit 69
fi

# ------------------------------------------------------------------------------------------------ build and start
if [[ ${BENCH_SKIP_BUILD:-0} != 1 ]]; then
    log "Building the jar (mvn -q -DskipTests package)"
    mvn -q -DskipTests package
fi
JAR=$(ls -t target/*.jar 2>/dev/null | grep -v -- '-plain\.jar$' | head -n 1 || true)
[[ -n $JAR ]] || { echo "No jar in target/" >&2; exit 70; }

log "Starting $JAR on $BASE with the bench profile, database in $DATA"
# shellcheck disable=SC2086
java ${BENCH_JAVA_OPTS:-} -jar "$JAR" --spring.profiles.active=bench --server.port="$PORT" --server.address=127.0.0.1 \
    --babysteps.embedded-database.data-directory="$DATA" --management.endpoint.health.probes.enabled=true \
    >"$APP_LOG" 2>&1 &
APP_PID=$!

# Readiness (not plain health) turns UP only after the application runners, i.e. once the demo data is seeded.
log "Waiting for $BASE/actuator/health/readiness (demo data is seeded on first start)"
for i in $(seq 1 300); do
    if curl -fsS --max-time 2 "$BASE/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; then
        break
    fi
    kill -0 "$APP_PID" 2>/dev/null || { echo "The application exited while starting" >&2; exit 70; }
    (( i < 300 )) || { echo "The application did not become healthy in 300 s" >&2; exit 70; }
    sleep 1
done
# The embedded server's port: its postmaster.pid (4th line), else the application log.
PG_PORT=$(sed -n '4p' "$DATA/postmaster.pid" 2>/dev/null | tr -dc '0-9')
if [[ -z $PG_PORT ]]; then
    PG_PORT=$(sed -n -e 's/.*Embedded PostgreSQL listening on 127\.0\.0\.1:\([0-9]*\).*/\1/p' \
        -e 's|.*jdbc:postgresql://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$APP_LOG" | head -n 1)
fi
[[ -n $PG_PORT ]] || { echo "Cannot find the embedded PostgreSQL port" >&2; exit 70; }
log "Up; embedded PostgreSQL on 127.0.0.1:$PG_PORT"
sql() { PGCONNECT_TIMEOUT=5 psql -X -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -At -v ON_ERROR_STOP=1 -c "$1"; }

# ------------------------------------------------------------------------------------------------ sign in
csrf_of() { sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1; }
LOGIN_CSRF=$(curl -fsS -c "$COOKIES" -b "$COOKIES" "$BASE/login" | csrf_of)
[[ -n $LOGIN_CSRF ]] || { echo "No _csrf field on /login" >&2; exit 70; }
LOGIN=$(curl -sS -c "$COOKIES" -b "$COOKIES" -o /dev/null -w '%{http_code} %{redirect_url}' \
    --data-urlencode "email=$USER_EMAIL" --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$LOGIN_CSRF" \
    "$BASE/login")
[[ $LOGIN == "302 $BASE/" ]] || { echo "Sign-in as $USER_EMAIL failed: $LOGIN" >&2; exit 70; }
HOME_PAGE="$WORK/home.html"
HOME_STATUS=$(curl -sS -c "$COOKIES" -b "$COOKIES" -o "$HOME_PAGE" -w '%{http_code}' "$BASE/")
[[ $HOME_STATUS == 200 ]] || { echo "GET / answered $HOME_STATUS after sign-in" >&2; exit 70; }
CSRF=$(csrf_of <"$HOME_PAGE")
SESSION=$(awk '$6 == "BABYSTEPS_SESSION" { print $7 }' "$COOKIES" | tail -n 1)
[[ -n $CSRF && -n $SESSION ]] || { echo "No session cookie or CSRF token after sign-in" >&2; exit 70; }
FLOOR_STATUS=$(curl -sS -o /dev/null -w '%{http_code}' -b "BABYSTEPS_SESSION=$SESSION" "$BASE/bench/floor")
[[ $FLOOR_STATUS == 204 ]] || { echo "GET /bench/floor answered $FLOOR_STATUS (is the bench profile on?)" >&2; exit 70; }
log "Signed in as $USER_EMAIL"

# Past, not cancelled sessions at the user's site, most recent first; the harness keeps those that accept a save.
SESSION_IDS=$(sql "select s.id from group_session s
    join user_site us on us.site_id = s.site_id join app_user u on u.id = us.user_id
    where lower(u.email) = lower('$USER_EMAIL') and s.planned_date <= current_date and s.status <> 'CANCELLED'
    order by s.planned_date desc limit 200" | paste -sd, -)
[[ -n $SESSION_IDS ]] || { echo "No past sessions at $USER_EMAIL's site" >&2; exit 70; }

# ------------------------------------------------------------------------------------------------ measure
wrk_run() { # name seconds path expected-status
    local out="$WORK/wrk-$1.txt"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2"s --latency --timeout 10s \
        -H "Cookie: BABYSTEPS_SESSION=$SESSION" -s bench/report.lua "$BASE$3" -- "$4" >"$out" 2>&1 || {
        cat "$out" >&2; echo "wrk failed for $1" >&2; exit 70; }
    grep '^RESULT' "$out" | tail -n 1
}
kv() { tr ' ' '\n' <<<"$1" | sed -n "s/^$2=//p" | head -n 1; }

if (( WARMUP > 0 )); then
    log "Warm-up: ${WARMUP} s each of GET / and GET /bench/floor"
    wrk_run warmup-home "$WARMUP" / 200 >/dev/null
    wrk_run warmup-floor "$WARMUP" /bench/floor 204 >/dev/null
fi
log "Measuring GET / for ${DURATION} s (wrk -t$THREADS -c$CONNECTIONS)"
HOME_R=$(wrk_run home "$DURATION" / 200)
log "Measuring GET /bench/floor for ${DURATION} s"
FLOOR_R=$(wrk_run floor "$DURATION" /bench/floor 204)

log "Register save and POST floor: $WORKERS workers, ${DURATION} s each after ${WARMUP} s warm-up each"
java bench/RegisterSaveBench.java --base "$BASE" --cookie "BABYSTEPS_SESSION=$SESSION" --csrf "$CSRF" \
    --sessions "$SESSION_IDS" --workers "$WORKERS" --duration "$DURATION" --warmup "$WARMUP" --max-ops "$MAX_OPS" \
    >"$WORK/register.txt" 2>"$WORK/register.err" || { cat "$WORK/register.err" "$WORK/register.txt" >&2; exit 70; }
sed 's/^/  /' "$WORK/register.err" >&2
SAVE_R=$(grep '^RESULT scenario=register-save' "$WORK/register.txt")
POST_FLOOR_R=$(grep '^RESULT scenario=floor-post' "$WORK/register.txt")

# Session-still-valid check: a signed-out cookie would turn every request into a fast redirect to /login.
AFTER=$(curl -sS -o /dev/null -w '%{http_code}' -b "BABYSTEPS_SESSION=$SESSION" "$BASE/")
[[ $AFTER == 200 ]] || { echo "The session no longer works after the run (GET / answered $AFTER)" >&2; exit 70; }

# ------------------------------------------------------------------------------------------------ report
warn=""
for r in "$HOME_R" "$FLOOR_R"; do
    if [[ $(kv "$r" unexpected) != 0 || $(kv "$r" errors) != 0 ]]; then warn+=" wrk saw unexpected statuses or errors;"; fi
done
for r in "$SAVE_R" "$POST_FLOOR_R"; do
    if [[ $(kv "$r" errors) != 0 || $(kv "$r" refused) != 0 ]]; then warn+=" the harness saw refusals or errors;"; fi
done

echo
echo "Baby Steps load benchmark, $(date -Iseconds), $(nproc) cores, $(java -version 2>&1 | head -n 1)"
echo "Each scenario ${DURATION} s after ${WARMUP} s warm-up; wrk -t$THREADS -c$CONNECTIONS; harness $WORKERS workers; one signed-in session ($USER_EMAIL)"
echo
printf '%-44s %12s %10s %10s %10s\n' "scenario" "throughput/s" "p50 ms" "p99 ms" "requests"
row() { printf '%-44s %12.1f %10.2f %10.2f %10s\n' "$1" "$(kv "$2" rps)" "$(kv "$2" p50_ms)" "$(kv "$2" p99_ms)" "$3"; }
row "home page      GET /                (wrk)" "$HOME_R" "$(kv "$HOME_R" requests)"
row "floor          GET /bench/floor     (wrk)" "$FLOOR_R" "$(kv "$FLOOR_R" requests)"
row "register save  POST register        (java)" "$SAVE_R" "$(kv "$SAVE_R" ops)"
row "floor          POST /bench/floor    (java)" "$POST_FLOOR_R" "$(kv "$POST_FLOOR_R" ops)"
echo
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.3f", a / b; else printf "n/a" }'; }
printf '%-44s %12s %10s\n' "ratio" "throughput" "p99"
printf '%-44s %12s %10s\n' "home / floor (wrk)" "$(ratio "$(kv "$HOME_R" rps)" "$(kv "$FLOOR_R" rps)")" \
    "$(ratio "$(kv "$HOME_R" p99_ms)" "$(kv "$FLOOR_R" p99_ms)")"
printf '%-44s %12s %10s\n' "register-save / floor (java)" "$(ratio "$(kv "$SAVE_R" rps)" "$(kv "$POST_FLOOR_R" rps)")" \
    "$(ratio "$(kv "$SAVE_R" p99_ms)" "$(kv "$POST_FLOOR_R" p99_ms)")"
echo
echo "Register-save cycle breakdown (only the POST is timed above):"
grep '^DETAIL' "$WORK/register.txt" | sed 's/^DETAIL /  /'
if [[ -n $warn ]]; then
    echo
    echo "WARNING:$warn see the raw output (BENCH_KEEP=1 keeps it)."
    grep -h '^RESULT' "$WORK"/wrk-home.txt "$WORK"/wrk-floor.txt "$WORK/register.txt" | sed 's/^/  /'
fi
