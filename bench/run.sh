#!/usr/bin/env bash
# Load benchmark: a facilitator's home page and saving a register, each against a bare floor endpoint (one
# INSERT behind the same filters and session lookup) measured in the same run. See bench/README.md.
#
# Usage: bench/run.sh            (from any directory of a checkout; builds, starts, measures, stops)
# Settings (environment, whole numbers):
#   BENCH_DURATION=20    seconds measured per scenario
#   BENCH_WARMUP=20      seconds of unrecorded warm-up per scenario before measuring (0 for none)
#   BENCH_THREADS=2      wrk threads
#   BENCH_CONNECTIONS=8  wrk connections
#   BENCH_WORKERS=8      register-save harness worker threads (each its own register and connection)
#   BENCH_SESSIONS=      signed-in HTTP sessions shared out over connections/workers
#                        (default max(connections, workers): one per connection, like one user per tablet;
#                        1 = every connection on the same HTTP session)
#   BENCH_MAX_OPS=200000 upper bound of timed requests per harness scenario
#   BENCH_PORT=8093      HTTP port of the instance under test (bound to 127.0.0.1 only)
#   BENCH_JAVA_OPTS=     extra JVM options for the application
#   BENCH_SKIP_BUILD=0   1 = reuse the jar already in target/
#   BENCH_KEEP=0         1 = keep the temp dir (application log, raw wrk and harness output)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

DURATION=${BENCH_DURATION:-20}
WARMUP=${BENCH_WARMUP:-20}
THREADS=${BENCH_THREADS:-2}
CONNECTIONS=${BENCH_CONNECTIONS:-8}
WORKERS=${BENCH_WORKERS:-8}
SESSIONS=${BENCH_SESSIONS:-$(( CONNECTIONS > WORKERS ? CONNECTIONS : WORKERS ))}
MAX_OPS=${BENCH_MAX_OPS:-200000}
PORT=${BENCH_PORT:-8093}
USER_EMAIL=${BENCH_USER:-midwife@north.demo}
PASSWORD=${BENCH_PASSWORD:-demo-password-1}
BASE="http://127.0.0.1:${PORT}"

for n in "$DURATION" "$WARMUP" "$THREADS" "$CONNECTIONS" "$WORKERS" "$SESSIONS" "$MAX_OPS" "$PORT"; do
    [[ $n =~ ^[0-9]+$ ]] || { echo "Settings must be whole numbers, got '$n'" >&2; exit 64; }
done
(( DURATION >= 1 && DURATION <= 600 )) || { echo "BENCH_DURATION must be 1..600 s" >&2; exit 64; }
(( WARMUP <= 300 )) || { echo "BENCH_WARMUP must be 0..300 s" >&2; exit 64; }
(( THREADS >= 1 && CONNECTIONS >= THREADS && CONNECTIONS <= 256 )) || {
    echo "Need 1 <= BENCH_THREADS <= BENCH_CONNECTIONS <= 256" >&2; exit 64; }
(( WORKERS >= 1 && WORKERS <= 256 )) || { echo "BENCH_WORKERS must be 1..256" >&2; exit 64; }
(( SESSIONS >= 1 && SESSIONS <= 256 )) || { echo "BENCH_SESSIONS must be 1..256" >&2; exit 64; }

# shellcheck source=bench/lib.sh
source bench/lib.sh
AUTH="$WORK/auth.txt"

# ------------------------------------------------------------------------------------------------ tools
if ! command -v wrk >/dev/null 2>&1; then
    log "Installing wrk with apt"
    SUDO=""
    (( $(id -u) == 0 )) || SUDO="sudo"
    $SUDO apt-get install -y wrk >/dev/null || { $SUDO apt-get update >/dev/null && $SUDO apt-get install -y wrk >/dev/null; }
fi
bench_check_tools java curl psql wrk

# ------------------------------------------------------------------------------------------------ build and start
bench_start_app

# ------------------------------------------------------------------------------------------------ sign in
: >"$AUTH"
for s in $(seq 1 "$SESSIONS"); do
    sign_in "$WORK/cookies-$s.txt" "$USER_EMAIL" "$PASSWORD" >>"$AUTH" || exit 70
done
mapfile -t SESSION_COOKIES < <(cut -d' ' -f1 "$AUTH")
FLOOR_STATUS=$(curl -sS -o /dev/null -w '%{http_code}' -b "BABYSTEPS_SESSION=${SESSION_COOKIES[0]}" "$BASE/bench/floor")
[[ $FLOOR_STATUS == 204 ]] || { echo "GET /bench/floor answered $FLOOR_STATUS (is the bench profile on?)" >&2; exit 70; }
log "Signed in as $USER_EMAIL: $SESSIONS HTTP session(s)"

# Past, not cancelled sessions at the user's site, most recent first; the harness keeps those that accept a save.
SESSION_IDS=$(sql "select s.id from group_session s
    join user_site us on us.site_id = s.site_id join app_user u on u.id = us.user_id
    where lower(u.email) = lower('$USER_EMAIL') and s.planned_date <= current_date and s.status <> 'CANCELLED'
    order by s.planned_date desc limit 200" | paste -sd, -)
[[ -n $SESSION_IDS ]] || { echo "No past sessions at $USER_EMAIL's site" >&2; exit 70; }

# ------------------------------------------------------------------------------------------------ CPU accounting
# CPU seconds of the application JVM, of PostgreSQL (postmaster, live backends, and reaped ones), of this
# script's finished children (the load generators), and of the whole machine; "other" is what none of them used.
cpu_snapshot() { # sets SNAP="jvm pg generators machine-busy machine-all" (in ticks); must not run in a subshell
    local jvm pg kids machine_busy machine_all
    jvm=$(proc_ticks "$APP_PID")
    pg=$(pg_ticks)
    times >"$WORK/times.txt"   # the builtin, in this shell: its second line is the finished children's CPU
    kids=$(awk -v hz="$HZ" 'NR == 2 { split($1, a, /[ms]/); split($2, b, /[ms]/);
        printf "%d", (a[1] * 60 + a[2] + b[1] * 60 + b[2]) * hz }' "$WORK/times.txt")
    read -r machine_busy machine_all < <(awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9 }' /proc/stat)
    SNAP="$jvm $pg $kids $machine_busy $machine_all"
}
cpu_delta() { # before after ops -> "app_ms_per_op db_ms_per_op other_pct"
    awk -v hz="$HZ" -v ops="$3" -v b="$1" -v a="$2" 'BEGIN {
        split(b, x, " "); split(a, y, " ");
        jvm = (y[1] - x[1]) / hz; pg = (y[2] - x[2]) / hz; gen = (y[3] - x[3]) / hz;
        busy = (y[4] - x[4]) / hz; all = (y[5] - x[5]) / hz;
        other = busy - jvm - pg - gen; if (other < 0) other = 0;
        printf "%.2f %.2f %.0f", (ops > 0 ? 1000 * jvm / ops : 0), (ops > 0 ? 1000 * pg / ops : 0), (all > 0 ? 100 * other / all : 0) }'
}

# ------------------------------------------------------------------------------------------------ measure
kv() { tr ' ' '\n' <<<"$1" | sed -n "s/^$2=//p" | head -n 1; }
wrk_run() { # name seconds path expected-status
    local out="$WORK/wrk-$1.txt"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2"s --latency --timeout 10s -s bench/report.lua "$BASE$3" \
        -- "$4" "$THREADS" "${SESSION_COOKIES[@]}" >"$out" 2>&1 || {
        cat "$out" >&2; echo "wrk failed for $1" >&2; exit 70; }
    grep '^RESULT' "$out" | tail -n 1
}
harness() { # name seconds only warmup
    java bench/RegisterSaveBench.java --base "$BASE" --auth "$AUTH" --sessions "$SESSION_IDS" --workers "$WORKERS" \
        --duration "$2" --warmup "$4" --max-ops "$MAX_OPS" --only "$3" >"$WORK/harness-$1.txt" 2>"$WORK/harness-$1.err" || {
        cat "$WORK/harness-$1.err" "$WORK/harness-$1.txt" >&2; echo "The register-save harness failed" >&2; exit 70; }
}
measure() { # command... ; sets CPU_BEFORE and CPU_AFTER around it
    cpu_snapshot
    CPU_BEFORE=$SNAP
    "$@"
    cpu_snapshot
    CPU_AFTER=$SNAP
}

if (( WARMUP > 0 )); then
    log "Warm-up, ${WARMUP} s each: GET /, GET /bench/floor, register save and POST /bench/floor"
    wrk_run warmup-home "$WARMUP" / 200 >/dev/null
    wrk_run warmup-floor "$WARMUP" /bench/floor 204 >/dev/null
    harness warmup "$WARMUP" both 0
fi

log "Measuring GET / for ${DURATION} s (wrk -t$THREADS -c$CONNECTIONS)"
measure wrk_run home "$DURATION" / 200 >/dev/null
HOME_R=$(grep '^RESULT' "$WORK/wrk-home.txt" | tail -n 1)
HOME_CPU=$(cpu_delta "$CPU_BEFORE" "$CPU_AFTER" "$(kv "$HOME_R" requests)")

log "Measuring GET /bench/floor for ${DURATION} s"
measure wrk_run floor "$DURATION" /bench/floor 204 >/dev/null
FLOOR_R=$(grep '^RESULT' "$WORK/wrk-floor.txt" | tail -n 1)
FLOOR_CPU=$(cpu_delta "$CPU_BEFORE" "$CPU_AFTER" "$(kv "$FLOOR_R" requests)")

log "Measuring register save for ${DURATION} s ($WORKERS workers)"
measure harness register "$DURATION" register 0
sed 's/^/  /' "$WORK/harness-register.err" >&2
SAVE_R=$(grep '^RESULT scenario=register-save' "$WORK/harness-register.txt")
# CPU per save cycle (GET register + POST + GET session page), not per POST: the whole cycle ran in the window.
SAVE_CPU=$(cpu_delta "$CPU_BEFORE" "$CPU_AFTER" "$(kv "$SAVE_R" ops)")

log "Measuring POST /bench/floor for ${DURATION} s ($WORKERS workers)"
measure harness floor "$DURATION" floor 0
POST_FLOOR_R=$(grep '^RESULT scenario=floor-post' "$WORK/harness-floor.txt")
POST_FLOOR_CPU=$(cpu_delta "$CPU_BEFORE" "$CPU_AFTER" "$(kv "$POST_FLOOR_R" ops)")

# A signed-out cookie would turn every request into a fast redirect to /login; make sure it did not happen.
AFTER=$(curl -sS -o /dev/null -w '%{http_code}' -b "BABYSTEPS_SESSION=${SESSION_COOKIES[0]}" "$BASE/")
[[ $AFTER == 200 ]] || { echo "The session no longer works after the run (GET / answered $AFTER)" >&2; exit 70; }

# ------------------------------------------------------------------------------------------------ report
warn=""
for r in "$HOME_R" "$FLOOR_R"; do
    if [[ $(kv "$r" unexpected) != 0 || $(kv "$r" errors) != 0 ]]; then warn+=" wrk saw unexpected statuses or errors;"; fi
done
for r in "$SAVE_R" "$POST_FLOOR_R"; do
    if [[ $(kv "$r" errors) != 0 || $(kv "$r" refused) != 0 ]]; then warn+=" the harness saw refusals or errors;"; fi
done
for c in "$HOME_CPU" "$FLOOR_CPU" "$SAVE_CPU" "$POST_FLOOR_CPU"; do
    if (( ${c##* } > 10 )); then warn+=" other processes used more than 10% of the CPU during a scenario;"; break; fi
done

echo
echo "Baby Steps load benchmark, $(date -Iseconds), $(nproc) cores, $(java -version 2>&1 | head -n 1)"
echo "Each scenario ${DURATION} s after ${WARMUP} s warm-up; wrk -t$THREADS -c$CONNECTIONS; harness $WORKERS workers;" \
    "$SESSIONS signed-in session(s) of $USER_EMAIL"
echo
printf '%-42s %11s %8s %8s %8s %9s %8s %7s\n' "scenario" "per second" "p50 ms" "p99 ms" "count" \
    "app ms/op" "db ms/op" "other%"
row() {
    local app db other
    read -r app db other <<<"$3"
    printf '%-42s %11.1f %8.2f %8.2f %8s %9s %8s %7s\n' "$1" "$(kv "$2" rps)" "$(kv "$2" p50_ms)" "$(kv "$2" p99_ms)" \
        "$(kv "$2" requests)$(kv "$2" ops)" "$app" "$db" "$other"
}
row "home page      GET /              (wrk)" "$HOME_R" "$HOME_CPU"
row "floor          GET /bench/floor   (wrk)" "$FLOOR_R" "$FLOOR_CPU"
row "register save  POST register     (java)" "$SAVE_R" "$SAVE_CPU"
row "floor          POST /bench/floor (java)" "$POST_FLOOR_R" "$POST_FLOOR_CPU"
echo
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.3f", a / b; else printf "n/a" }'; }
printf '%-42s %11s %8s %9s\n' "ratio (scenario / its floor)" "throughput" "p99" "app CPU"
printf '%-42s %11s %8s %9s\n' "home / floor (wrk)" "$(ratio "$(kv "$HOME_R" rps)" "$(kv "$FLOOR_R" rps)")" \
    "$(ratio "$(kv "$HOME_R" p99_ms)" "$(kv "$FLOOR_R" p99_ms)")" "$(ratio "${HOME_CPU%% *}" "${FLOOR_CPU%% *}")"
printf '%-42s %11s %8s %9s\n' "register-save / floor (java)" "$(ratio "$(kv "$SAVE_R" rps)" "$(kv "$POST_FLOOR_R" rps)")" \
    "$(ratio "$(kv "$SAVE_R" p99_ms)" "$(kv "$POST_FLOOR_R" p99_ms)")" "$(ratio "${SAVE_CPU%% *}" "${POST_FLOOR_CPU%% *}")"
echo
echo "Per-request breakdown of the harness cycles (only the POST is in the table above):"
grep -h '^DETAIL' "$WORK/harness-register.txt" "$WORK/harness-floor.txt" | sed 's/^DETAIL /  /'
echo "app/db ms/op: CPU milliseconds of the application JVM / PostgreSQL per counted operation (for the harness"
echo "rows, per whole cycle of three requests); other%: machine CPU used by none of the app, PostgreSQL or the load generator."
if [[ -n $warn ]]; then
    echo
    echo "WARNING:$warn figures may not be comparable (BENCH_KEEP=1 keeps the raw output)."
    grep -h '^RESULT' "$WORK/wrk-home.txt" "$WORK/wrk-floor.txt" "$WORK/harness-register.txt" "$WORK/harness-floor.txt" \
        | sed 's/^/  /'
fi
