#!/usr/bin/env bash
# Outcomes benchmark at national scale: generates families, parents and completed questionnaires into the benchmark's
# embedded database, then times the licensor's national outcomes page and a big site's outcomes dashboard against
# the bare SQL aggregate that reads the same rows, measured in the same run. See bench/README.md.
#
# Usage: bench/outcomes.sh       (from any directory of a checkout; builds, starts, generates, measures, stops)
# Settings (environment, whole numbers):
#   BENCH_FAMILIES=1000000  families generated (about 5 completed questionnaires each); 20000 for a quick run
#   BENCH_SITES=500         sites the families are spread over (the three demo sites among them)
#   BENCH_WARMUPS=2         unrecorded requests per scenario before timing
#   BENCH_REPEATS=7         timed requests (and floor queries) per scenario
#   BENCH_PORT=8094         HTTP port of the instance under test (bound to 127.0.0.1 only)
#   BENCH_JAVA_OPTS=        extra JVM options for the application
#   BENCH_SKIP_BUILD=0      1 = reuse the jar already in target/
#   BENCH_KEEP=0            1 = keep the temp dir (application log, pages, timings)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

FAMILIES=${BENCH_FAMILIES:-1000000}
SITES=${BENCH_SITES:-500}
WARMUPS=${BENCH_WARMUPS:-2}
REPEATS=${BENCH_REPEATS:-7}
PORT=${BENCH_PORT:-8094}
PASSWORD=${BENCH_PASSWORD:-demo-password-1}
LICENSOR=manager@licensor.demo
LEAD=lead@north.demo
BASE="http://127.0.0.1:${PORT}"

for n in "$FAMILIES" "$SITES" "$WARMUPS" "$REPEATS" "$PORT"; do
    [[ $n =~ ^[0-9]+$ ]] || { echo "Settings must be whole numbers, got '$n'" >&2; exit 64; }
done
(( FAMILIES >= 100 && FAMILIES <= 5000000 )) || { echo "BENCH_FAMILIES must be 100..5000000" >&2; exit 64; }
(( SITES >= 3 && SITES <= 9999 )) || { echo "BENCH_SITES must be 3..9999" >&2; exit 64; }
(( REPEATS >= 1 && REPEATS <= 100 && WARMUPS <= 20 )) || { echo "BENCH_REPEATS 1..100, BENCH_WARMUPS 0..20" >&2; exit 64; }

# shellcheck source=bench/lib.sh
source bench/lib.sh

bench_check_tools java curl psql awk
bench_start_app

# ------------------------------------------------------------------------------------------------ generate
log "Generating $FAMILIES families over $SITES sites (bench/outcomes-data.sql)"
GEN_START=$(date +%s)
psql_file -q -v families="$FAMILIES" -v sites="$SITES" -v seed=0.42 -f bench/outcomes-data.sql >"$WORK/generate.log" 2>&1 || {
    cat "$WORK/generate.log" >&2; echo "Generating the data set failed" >&2; exit 70; }
GEN_SECONDS=$(( $(date +%s) - GEN_START ))
NORTH=$(sql "select id from site where name = 'North Demo Site'")
read -r N_FAMILIES N_PARENTS N_RESPONSES N_SITES N_NORTH <<<"$(sql "select
    (select count(*) from family), (select count(*) from family_member), (select count(*) from questionnaire_response
     where status = 'COMPLETED'), (select count(*) from site),
    (select count(*) from questionnaire_response where status = 'COMPLETED' and site_id = '$NORTH')" | tr '|' ' ')"
TABLE_SIZE=$(sql "select pg_size_pretty(pg_total_relation_size('questionnaire_response'))")
log "Generated in ${GEN_SECONDS} s: $N_FAMILIES families, $N_PARENTS family members, $N_RESPONSES completed responses" \
    "($TABLE_SIZE with indexes) at $N_SITES sites; North Demo Site has $N_NORTH"

# ------------------------------------------------------------------------------------------------ sign in
LICENSOR_COOKIE=$(sign_in "$WORK/licensor.txt" "$LICENSOR" "$PASSWORD" | cut -d' ' -f1) || exit 70
LEAD_COOKIE=$(sign_in "$WORK/lead.txt" "$LEAD" "$PASSWORD" | cut -d' ' -f1) || exit 70

# ------------------------------------------------------------------------------------------------ measure
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) { print "n/a"; exit }
    if (NR % 2) printf "%.0f", v[(NR + 1) / 2]; else printf "%.0f", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
minimum() { sort -n | head -n 1 | awk '{ printf "%.0f", $1 }'; }

page_ms() { # name cookie path -> appends one time in ms to $WORK/<name>.ms; the page must answer 200
    local result
    result=$(curl -sS -o "$WORK/$1.html" -w '%{http_code} %{time_total}' --max-time 600 \
        -b "BABYSTEPS_SESSION=$2" "$BASE$3")
    [[ ${result%% *} == 200 ]] || { echo "GET $3 answered ${result%% *}" >&2; exit 70; }
    awk -v s="${result##* }" 'BEGIN { printf "%.1f\n", s * 1000 }' >>"$WORK/$1.ms"
}
measure_page() { # name cookie path
    local i
    : >"$WORK/$1.ms"
    for i in $(seq 1 "$WARMUPS"); do page_ms "$1" "$2" "$3"; done
    : >"$WORK/$1.ms"
    for i in $(seq 1 "$REPEATS"); do page_ms "$1" "$2" "$3"; done
}
# The floor: the bare aggregate over the same rows, timed by psql (\timing) in one session, repeated.
measure_floor() { # name sql
    local i
    {
        echo '\timing on'
        for i in $(seq 1 $(( WARMUPS + REPEATS ))); do echo "$2;"; done
    } | psql_file -At >"$WORK/$1.out" 2>&1 || { cat "$WORK/$1.out" >&2; exit 70; }
    grep '^Time:' "$WORK/$1.out" | awk '{ print $2 }' | tail -n "$REPEATS" >"$WORK/$1.ms"
}

# The pages' default period is the last 12 months to today (London): pairs whose later score is in it, each read
# with every earlier score of the same parents; so they read every baseline and end-of-programme score to today.
FLOOR_ROWS="status = 'COMPLETED' and total is not null and time_point in ('baseline', 'end-of-programme')
    and completed_at < ((now() at time zone 'Europe/London')::date + 1) at time zone 'Europe/London'"
NATIONAL_FLOOR="select site_id, instrument_code, time_point, count(*), avg(total) from questionnaire_response
    where $FLOOR_ROWS group by 1, 2, 3"
SITE_FLOOR="select site_id, instrument_code, time_point, count(*), avg(total) from questionnaire_response
    where site_id = '$NORTH' and $FLOOR_ROWS group by 1, 2, 3"

log "Timing GET /outcomes as $LICENSOR ($WARMUPS warm-up, $REPEATS timed)"
measure_page national "$LICENSOR_COOKIE" /outcomes
grep -q 'North Demo Site' "$WORK/national.html" || { echo "The national page does not list North Demo Site" >&2; exit 70; }
log "Timing GET /sites/$NORTH/outcomes as $LEAD"
measure_page site "$LEAD_COOKIE" "/sites/$NORTH/outcomes"
log "Timing the floors with psql"
measure_floor national-floor "$NATIONAL_FLOOR"
measure_floor site-floor "$SITE_FLOOR"
RSS_MB=$(awk '/^VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$APP_PID/status")
HEAP=$(jcmd "$APP_PID" GC.heap_info 2>/dev/null | grep -m1 -i 'total' | sed 's/^ *//' || true)

# ------------------------------------------------------------------------------------------------ report
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f", a / b; else printf "n/a" }'; }
echo
echo "Baby Steps outcomes benchmark, $(date -Iseconds), $(nproc) cores, $(java -version 2>&1 | head -n 1)"
echo "Data: $N_FAMILIES families, $N_PARENTS family members, $N_RESPONSES completed responses ($TABLE_SIZE)," \
    "$N_SITES sites; North Demo Site $N_NORTH responses; generated in ${GEN_SECONDS} s"
echo "Each page: $WARMUPS warm-up request(s), then $REPEATS timed one after another; floors likewise in psql"
echo
printf '%-44s %10s %8s %10s %8s\n' "scenario" "median ms" "min ms" "floor ms" "ratio"
row() { # label page floor
    local med fmed
    med=$(median <"$WORK/$2.ms"); fmed=$(median <"$WORK/$3.ms")
    printf '%-44s %10s %8s %10s %8s\n' "$1" "$med" "$(minimum <"$WORK/$2.ms")" "$fmed" "$(ratio "$med" "$fmed")"
}
row "national outcomes  GET /outcomes (licensor)" national national-floor
row "site dashboard     GET /sites/{north}/outcomes" site site-floor
echo
echo "floor: the bare SQL aggregate (site, instrument, time point: count, mean) over the same rows, median of psql \\timing"
echo "ratio: page median / floor median. Application peak RSS ${RSS_MB} MB; heap: ${HEAP:-n/a}"
