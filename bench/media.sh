#!/usr/bin/env bash
# Media benchmark: uploads a generated film (1 GB by default) over the tus protocol as a facilitator would, plays it
# back in full through the streaming endpoint, and prints each throughput as a ratio to a raw copy of the same file
# on the same disk (cp, then sync), measured in the same run, with the application's peak heap during the upload.
# See bench/README.md.
#
# Usage: bench/media.sh   (from any directory of a checkout; builds, starts, measures, stops)
# Settings (environment, whole numbers):
#   BENCH_MEDIA_MB=1024   size of the film in MB
#   BENCH_CHUNK_MB=8      size of each PATCH
#   BENCH_PORT=8095       HTTP port of the instance under test (bound to 127.0.0.1 only)
#   BENCH_JAVA_OPTS=      extra JVM options for the application
#   BENCH_SKIP_BUILD=0    1 = reuse the jar already in target/
#   BENCH_KEEP=0          1 = keep the temp dir (application log, heap samples)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

MB=${BENCH_MEDIA_MB:-1024}
CHUNK_MB=${BENCH_CHUNK_MB:-8}
PORT=${BENCH_PORT:-8095}
PASSWORD=${BENCH_PASSWORD:-demo-password-1}
MIDWIFE=midwife@north.demo
BASE="http://127.0.0.1:${PORT}"
for n in "$MB" "$CHUNK_MB" "$PORT"; do
    [[ $n =~ ^[0-9]+$ ]] || { echo "Settings must be whole numbers, got '$n'" >&2; exit 64; }
done
(( MB >= 8 && MB <= 2000 && CHUNK_MB >= 1 && CHUNK_MB <= 256 )) || { echo "BENCH_MEDIA_MB 8..2000, BENCH_CHUNK_MB 1..256" >&2; exit 64; }

# shellcheck source=bench/lib.sh
source bench/lib.sh

bench_check_tools java curl psql awk openssl jstat split
# the film, its chunks, the raw copy and the application's encrypted parts all on one disk: the temp dir's
BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS:-} -Dbabysteps.media.storage.path=$WORK/media -Dbabysteps.media.dev-master-key-file=$WORK/media.key -Dbabysteps.media.max-bytes=$(( (MB + 1) * 1024 * 1024 ))"
bench_start_app

log "Generating a ${MB} MB film (a real WebM start, then random bytes) and its ${CHUNK_MB} MB chunks"
FILM="$WORK/film.webm"
head -c 65536 src/main/resources/demo/talk-and-listen-demo.webm >"$FILM"
head -c $(( MB * 1024 * 1024 - 65536 )) /dev/urandom >>"$FILM"
SIZE=$(stat -c %s "$FILM")
mkdir -p "$WORK/chunks"
split -b "${CHUNK_MB}M" -d -a 4 "$FILM" "$WORK/chunks/part-"
for chunk in "$WORK"/chunks/part-*; do
    openssl dgst -sha256 -binary "$chunk" | base64 >"$chunk.sha256"
done
sync

log "Timing the floor: cp of the same file on the same disk, then sync"
floor_start=$(date +%s.%N)
cp "$FILM" "$WORK/copy.webm" && sync
floor_s=$(awk -v a="$floor_start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.3f", b - a }')
rm -f "$WORK/copy.webm"

AUTH=$(sign_in "$WORK/midwife.txt" "$MIDWIFE" "$PASSWORD") || exit 70
COOKIE=${AUTH%% *}
CSRF=${AUTH##* }
FAMILY=$(sql "select family_id from video where created_by_name like 'Maya%' order by created_at limit 1")
[[ -n $FAMILY ]] || { echo "No demo film's family found" >&2; exit 70; }

# heap in use, sampled every half second by one jstat (a jcmd per sample would start a JVM each time and take a core)
heap_used_mb() { jstat -gc "$APP_PID" | awk 'NR == 2 { printf "%d", ($3 + $4 + $6 + $8) / 1024 }'; }
heap_before=$(heap_used_mb)

log "Uploading over tus in ${CHUNK_MB} MB chunks"
LOCATION=$(curl -fsS -o /dev/null -D - -b "BABYSTEPS_SESSION=$COOKIE" -H "X-CSRF-TOKEN: $CSRF" \
    -H 'Tus-Resumable: 1.0.0' -H "Upload-Length: $SIZE" -X POST "$BASE/families/$FAMILY/videos" \
    | tr -d '\r' | awk -F': ' 'tolower($1) == "location" { print $2 }')
[[ -n $LOCATION ]] || { echo "The upload was not created" >&2; exit 70; }
jstat -gc "$APP_PID" 500 >"$WORK/heap.jstat" & SAMPLER=$!
# one curl for every chunk, over one kept-alive connection as a browser sends them, so that the measure is the
# platform's and not the start of a curl process per chunk; offsets and checksums are worked out beforehand
offset=0
: >"$WORK/patches.curl"
for chunk in "$WORK"/chunks/part-????; do
    (( offset == 0 )) || echo next >>"$WORK/patches.curl"
    cat >>"$WORK/patches.curl" <<CHUNK
url = "$BASE$LOCATION"
request = "PATCH"
cookie = "BABYSTEPS_SESSION=$COOKIE"
header = "X-CSRF-TOKEN: $CSRF"
header = "Tus-Resumable: 1.0.0"
header = "Content-Type: application/offset+octet-stream"
header = "Upload-Offset: $offset"
header = "Upload-Checksum: sha256 $(cat "$chunk.sha256")"
data-binary = "@$chunk"
output = "/dev/null"
write-out = "%{http_code} "
CHUNK
    offset=$(( offset + $(stat -c %s "$chunk") ))
done
upload_start=$(date +%s.%N)
statuses=$(curl -sS -K "$WORK/patches.curl")
bad=$(tr ' ' '\n' <<<"$statuses" | grep -v -e '^204$' -e '^$' | head -n 1 || true)
[[ -z $bad ]] || { echo "A PATCH answered $bad: $statuses" >&2; exit 70; }
sync
upload_s=$(awk -v a="$upload_start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.3f", b - a }')
kill "$SAMPLER" 2>/dev/null || true
heap_peak=$(awk '$1 ~ /^[0-9.]+$/ { used = ($3 + $4 + $6 + $8) / 1024; if (used > peak) peak = used } END { printf "%d", peak }' "$WORK/heap.jstat")
VIDEO=${LOCATION##*/}
[[ $(sql "select status from video where id = '$VIDEO'") == READY ]] || { echo "The film is not ready" >&2; exit 70; }

log "Playing it back in full"
play_start=$(date +%s.%N)
received=$(curl -fsS -o /dev/null -w '%{size_download}' -b "BABYSTEPS_SESSION=$COOKIE" "$BASE/videos/$VIDEO/stream")
play_s=$(awk -v a="$play_start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.3f", b - a }')
[[ $received == "$SIZE" ]] || { echo "Playback gave $received bytes of $SIZE" >&2; exit 70; }

rate() { awk -v mb="$MB" -v s="$1" 'BEGIN { printf "%.0f", mb / s }'; }
ratio() { awk -v floor="$floor_s" -v s="$1" 'BEGIN { printf "%.2f", floor / s }'; }
echo
echo "Film: $MB MB, chunks of $CHUNK_MB MB; floor: cp + sync of the same file on the same disk"
printf '%-34s %8s %8s %14s\n' "scenario" "seconds" "MB/s" "ratio to floor"
printf '%-34s %8s %8s %14s\n' "floor: cp + sync" "$floor_s" "$(rate "$floor_s")" "1.00"
printf '%-34s %8s %8s %14s\n' "upload (tus PATCH, encrypt, store)" "$upload_s" "$(rate "$upload_s")" "$(ratio "$upload_s")"
printf '%-34s %8s %8s %14s\n' "playback (GET, decrypt, stream)" "$play_s" "$(rate "$play_s")" "$(ratio "$play_s")"
echo "Heap in use: ${heap_before} MB before the upload, peak ${heap_peak} MB during it (sampled every 0.5 s)"
