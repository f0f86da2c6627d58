#!/usr/bin/env bash
# How long does a full Bulwark scan take compared with what the docker CLI needs just
# to inspect every container? Starts its own private dockerd, fills it with N
# containers, then alternates R rounds of
#   bulwark-cli scan --host H --format json >/dev/null
#   docker -H H inspect $(docker -H H ps -aq) >/dev/null
# and reports the medians and their ratio (target: bulwark/docker <= 0.5).
#
#   tests/bench/scan_vs_cli.sh [-n N] [-r R] [--cli PATH] [--docker PATH] [--check]
#     -n N       containers to create (default 500)
#     -r R       timed rounds (default 5, after one untimed warm-up round)
#     --cli P    bulwark-cli to measure (default: build/release, then build/dev, then build-infra)
#     --docker P docker CLI to compare with (default: the one on PATH; Debian's is /usr/bin/docker,
#                and newer CLIs inspect differently, so the figure names the one it used)
#     --check    exit 3 when the ratio misses the target
#
# Needs root, dockerd (docker.io) and busybox-static. Stops its daemon on exit.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
FIXTURE="$ROOT/tests/integration/daemon-fixture.sh"
DIR=/tmp/bw-bench
HOST="unix://$DIR/docker.sock"
TARGET_RATIO=0.5

count=500
rounds=5
cli=""
docker_cli="$(command -v docker || true)"
check=false
while (($# > 0)); do
    case "$1" in
    -n) count="$2"; shift 2 ;;
    -r) rounds="$2"; shift 2 ;;
    --cli) cli="$2"; shift 2 ;;
    --docker) docker_cli="$2"; shift 2 ;;
    --check) check=true; shift ;;
    -h | --help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
    esac
done
[[ "$count" =~ ^[0-9]+$ && "$rounds" =~ ^[1-9][0-9]*$ ]] || { echo "-n and -r take numbers" >&2; exit 2; }

if [[ -z "$cli" ]]; then
    for candidate in build/release build/dev build-infra; do
        if [[ -x "$ROOT/$candidate/app/cli/bulwark-cli" ]]; then
            cli="$ROOT/$candidate/app/cli/bulwark-cli"
            break
        fi
    done
fi
[[ -n "$cli" && -x "$cli" ]] || { echo "no bulwark-cli found; build one (cmake --preset release && cmake --build build/release) or pass --cli" >&2; exit 1; }
[[ "$(id -u)" == 0 ]] || { echo "the benchmark runs its own dockerd and needs root" >&2; exit 1; }

# `scan` keeps each scan in the history database unless --no-store; the benchmark measures the
# scan itself, as the docker side stores nothing either (older CLIs have no such option).
store_args=()
if "$cli" scan --help 2>/dev/null | grep -q -- '--no-store'; then
    store_args=(--no-store)
fi

[[ -n "$docker_cli" && -x "$docker_cli" ]] || { echo "no docker CLI found; install docker.io or pass --docker" >&2; exit 1; }
d() { "$docker_cli" -H "$HOST" "$@"; }
stop_daemon() { bash "$FIXTURE" stop "$DIR" >/dev/null || true; }
trap stop_daemon EXIT

echo "bulwark-cli: $cli ($("$cli" --version 2>/dev/null))${store_args:+, with ${store_args[*]}}"
echo "docker:      $docker_cli ($("$docker_cli" --version))"
CI=true bash "$FIXTURE" start "$DIR" >/dev/null

echo "creating $count containers ..."
t0=$(date +%s)
seq 1 "$count" | xargs -P 4 -I{} "$docker_cli" -H "$HOST" create --network none --name "bench-{}" \
    --label io.bulwark.bench=1 local/busybox:1 sleep 1 >/dev/null
echo "  done in $(($(date +%s) - t0))s; daemon reports $(d ps -aq | wc -l) containers"

now_ms() { echo $(($(date +%s%N) / 1000000)); }

time_bulwark() {
    local t
    t=$(now_ms)
    # stdout, not --output /dev/null: the CLI writes --output files atomically (temp file +
    # rename), which as root would replace the /dev/null device with a regular file.
    "$cli" scan --host "$HOST" --format json --quiet "${store_args[@]}" >/dev/null || { echo "bulwark-cli scan failed" >&2; exit 1; }
    echo $(($(now_ms) - t))
}

time_docker() {
    local t ids
    t=$(now_ms)
    ids=$(d ps -aq)
    # shellcheck disable=SC2086 # one id per word
    d inspect $ids >/dev/null || { echo "docker inspect failed" >&2; exit 1; }
    echo $(($(now_ms) - t))
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

# Sanity: the scan sees every container.
scanned=$("$cli" scan --host "$HOST" --format table "${store_args[@]}" | grep -o 'Containers: *[0-9]*' | grep -o '[0-9]*$' || true)
echo "bulwark-cli scan reports ${scanned:-?} containers"

echo "warm-up round ..."
time_bulwark >/dev/null
time_docker >/dev/null

bulwark_times=()
docker_times=()
printf '%-6s %12s %12s\n' round bulwark_ms docker_ms
for ((i = 1; i <= rounds; i++)); do
    # Alternate who goes first so caches favour neither.
    if ((i % 2)); then
        b=$(time_bulwark); k=$(time_docker)
    else
        k=$(time_docker); b=$(time_bulwark)
    fi
    bulwark_times+=("$b")
    docker_times+=("$k")
    printf '%-6s %12s %12s\n' "$i" "$b" "$k"
done

bm=$(printf '%s\n' "${bulwark_times[@]}" | median)
km=$(printf '%s\n' "${docker_times[@]}" | median)
ratio=$(awk -v b="$bm" -v k="$km" 'BEGIN { printf "%.2f", (k > 0 ? b / k : 0) }')
verdict=$(awk -v r="$ratio" -v t="$TARGET_RATIO" 'BEGIN { print (r <= t ? "PASS" : "MISS") }')
echo "scan_vs_cli: containers=$count rounds=$rounds bulwark_median_ms=$bm docker_median_ms=$km ratio=$ratio target<=$TARGET_RATIO $verdict"
if $check && [[ "$verdict" != PASS ]]; then
    exit 3
fi
