#!/usr/bin/env bash
# How fast does `bulwark-cli logs` read a big container log, compared with `docker logs`
# and with a raw `curl --unix-socket` read of the endpoint bulwark-cli uses? Starts its
# own private dockerd, runs a container that writes N lines to stdout and exits, then
# alternates R rounds of
#   bulwark-cli logs --host H bench >/dev/null
#   docker -H H logs bench >/dev/null
#   curl -s --unix-socket S 'http://docker/v1.41/containers/bench/logs?timestamps=1&stdout=1&stderr=1' >/dev/null
# timing each (wall clock, and the client's own CPU: user + system). Reports medians,
# lines per second, bulwark's rate against curl's (target >= 0.95: indistinguishable from
# the raw read, the daemon being the bottleneck) and bulwark's CPU against docker's
# (target: less).
#
#   tests/bench/logs_vs_cli.sh [-n N] [-r R] [--cli PATH] [--check]
#     -n N       lines in the container's log (default 2000000)
#     -r R       timed rounds (default 5, after one untimed warm-up round)
#     --cli P    bulwark-cli to measure (default: build/release, then build/dev)
#     --check    exit 3 when a target is missed
#
# Needs root, dockerd (docker.io), curl and busybox-static. Stops its daemon on exit.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
FIXTURE="$ROOT/tests/integration/daemon-fixture.sh"
DIR=/tmp/bw-bench-logs
SOCK="$DIR/docker.sock"
HOST="unix://$SOCK"
TARGET_RATE_RATIO=0.95

count=2000000
rounds=5
cli=""
check=false
while (($# > 0)); do
    case "$1" in
    -n) count="$2"; shift 2 ;;
    -r) rounds="$2"; shift 2 ;;
    --cli) cli="$2"; shift 2 ;;
    --check) check=true; shift ;;
    -h | --help) sed -n '2,22p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
    esac
done
[[ "$count" =~ ^[1-9][0-9]*$ && "$rounds" =~ ^[1-9][0-9]*$ ]] || { echo "-n and -r take positive numbers" >&2; exit 2; }

if [[ -z "$cli" ]]; then
    for candidate in build/release build/dev; do
        if [[ -x "$ROOT/$candidate/app/cli/bulwark-cli" ]]; then
            cli="$ROOT/$candidate/app/cli/bulwark-cli"
            break
        fi
    done
fi
[[ -n "$cli" && -x "$cli" ]] || { echo "no bulwark-cli found; build one (cmake --preset release && cmake --build build/release) or pass --cli" >&2; exit 1; }
[[ "$(id -u)" == 0 ]] || { echo "the benchmark runs its own dockerd and needs root" >&2; exit 1; }
command -v curl >/dev/null || { echo "curl is needed for the raw read" >&2; exit 1; }

d() { docker -H "$HOST" "$@"; }
stop_daemon() { bash "$FIXTURE" stop "$DIR" >/dev/null || true; }
trap stop_daemon EXIT

echo "bulwark-cli: $cli ($("$cli" --version 2>/dev/null))"
echo "docker:      $(command -v docker) ($(docker --version))"
echo "curl:        $(curl --version | head -n 1)"
CI=true bash "$FIXTURE" start "$DIR" >/dev/null
api="v$(d version --format '{{.Server.APIVersion}}')"

echo "writing $count lines into the log of container 'bench' ..."
t0=$(date +%s)
d run --network none --name bench local/busybox:1 busybox awk -v n="$count" \
    'BEGIN { for (i = 0; i < n; i++) printf "line %08d of the benchmark log: the quick brown fox jumps\n", i }' >/dev/null
echo "  done in $(($(date +%s) - t0))s; log file $(du -h "$(d inspect -f '{{.LogPath}}' bench)" | cut -f1)"

# Sanity: every client reads the same lines, and bulwark-cli's output is docker's byte for byte.
b_sum=$("$cli" logs --host "$HOST" bench | md5sum | cut -d' ' -f1)
k_sum=$(d logs bench | md5sum | cut -d' ' -f1)
lines=$("$cli" logs --host "$HOST" bench | wc -l)
[[ "$b_sum" == "$k_sum" ]] || { echo "bulwark-cli logs differs from docker logs" >&2; exit 1; }
[[ "$lines" == "$count" ]] || { echo "bulwark-cli logs printed $lines lines, expected $count" >&2; exit 1; }
echo "bulwark-cli logs == docker logs ($lines lines, md5 $b_sum)"

url="http://docker/$api/containers/bench/logs?timestamps=1&stdout=1&stderr=1"
# "wall user sys" in seconds, for the command's process tree.
measure() {
    local out
    out=$({ /usr/bin/time -f '%e %U %S' "$@" >/dev/null; } 2>&1 | tail -n 1)
    echo "$out"
}
run_bulwark() { measure "$cli" logs --host "$HOST" bench; }
run_docker() { measure docker -H "$HOST" logs bench; }
run_curl() { measure curl -s --unix-socket "$SOCK" "$url"; }

echo "warm-up round ..."
run_bulwark >/dev/null; run_docker >/dev/null; run_curl >/dev/null

declare -a bw bc kw kc cw cc
printf '%-6s %10s %8s %10s %8s %10s %8s\n' round bulwark_s cpu_s docker_s cpu_s curl_s cpu_s
for ((i = 1; i <= rounds; i++)); do
    # Rotate who goes first so caches favour no one.
    order=(bulwark docker curl)
    for ((k = 0; k < (i - 1) % 3; k++)); do order=("${order[@]:1}" "${order[0]}"); done
    for who in "${order[@]}"; do
        read -r wall user sys < <(run_"$who")
        cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
        case "$who" in
        bulwark) bw+=("$wall"); bc+=("$cpu") ;;
        docker) kw+=("$wall"); kc+=("$cpu") ;;
        curl) cw+=("$wall"); cc+=("$cpu") ;;
        esac
    done
    printf '%-6s %10s %8s %10s %8s %10s %8s\n' "$i" "${bw[-1]}" "${bc[-1]}" "${kw[-1]}" "${kc[-1]}" "${cw[-1]}" "${cc[-1]}"
done

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
bwm=$(printf '%s\n' "${bw[@]}" | median); bcm=$(printf '%s\n' "${bc[@]}" | median)
kwm=$(printf '%s\n' "${kw[@]}" | median); kcm=$(printf '%s\n' "${kc[@]}" | median)
cwm=$(printf '%s\n' "${cw[@]}" | median); ccm=$(printf '%s\n' "${cc[@]}" | median)
rate() { awk -v n="$count" -v t="$1" 'BEGIN { printf "%.0f", (t > 0 ? n / t : 0) }'; }
ratio=$(awk -v b="$bwm" -v c="$cwm" 'BEGIN { printf "%.3f", (b > 0 ? c / b : 0) }')
rate_ok=$(awk -v r="$ratio" -v t="$TARGET_RATE_RATIO" 'BEGIN { print (r >= t ? "PASS" : "MISS") }')
cpu_ok=$(awk -v b="$bcm" -v k="$kcm" 'BEGIN { print (b < k ? "PASS" : "MISS") }')
echo "medians: bulwark ${bwm}s ($(rate "$bwm") lines/s, cpu ${bcm}s)  docker ${kwm}s ($(rate "$kwm") lines/s, cpu ${kcm}s)  curl ${cwm}s ($(rate "$cwm") lines/s, cpu ${ccm}s)"
echo "logs_vs_cli: lines=$count rounds=$rounds bulwark_rate/curl_rate=$ratio target>=$TARGET_RATE_RATIO $rate_ok bulwark_cpu_s=$bcm docker_cpu_s=$kcm target<docker $cpu_ok"
if $check && [[ "$rate_ok" != PASS || "$cpu_ok" != PASS ]]; then
    exit 3
fi
