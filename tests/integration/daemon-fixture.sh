#!/usr/bin/env bash
# Private Docker Engines for the integration tests (ctest fixtures docker_daemon
# and docker_daemon_tls, see tests/integration/CMakeLists.txt) and the benchmark.
#
#   daemon-fixture.sh start DIR [DOCKERD_FLAG...]
#                                     plain daemon on unix://DIR/docker.sock; extra flags
#                                     configure it (a test's own daemon, e.g. --live-restore,
#                                     another -H, --storage-driver=overlay instead of vfs)
#   daemon-fixture.sh stop DIR
#   daemon-fixture.sh start-tls DIR   --tlsverify daemon on tcp://127.0.0.1:<DIR/tls/port>
#   daemon-fixture.sh stop-tls DIR
#   daemon-fixture.sh status DIR
#
# Both daemons are throw-away: no iptables, no bridge, vfs storage, their own
# data-root/exec-root/pidfile under DIR, and an image local/busybox:1 imported
# from the host's static busybox (no registry needed). Keep DIR short: unix
# socket paths must stay under ~100 characters.
#
# When a daemon cannot be started (not root, dockerd missing) `start` prints why
# and exits 0 so the tests skip -- unless CI is set, then it exits 1.
set -uo pipefail

readonly IMAGE="local/busybox:1"
readonly START_TIMEOUT=60
DOCKER_ARGS=()

log() { printf '[daemon-fixture] %s\n' "$*"; }

under_ci() { [[ -n "${CI:-}" && "${CI}" != "false" && "${CI}" != "0" ]]; }

# Prints why no private daemon can run here, or nothing.
cannot_run_reason() {
    if [[ "$(id -u)" != 0 ]]; then
        echo "not running as root (uid $(id -u)); a private dockerd needs root"
        return
    fi
    local tool
    for tool in dockerd docker containerd runc; do
        if ! command -v "$tool" >/dev/null 2>&1; then
            echo "'$tool' not found on PATH; install the docker.io package (scripts/test does)"
            return
        fi
    done
    if ! busybox_path >/dev/null; then
        echo "no statically linked busybox found; install busybox-static"
        return
    fi
    if ! command -v openssl >/dev/null 2>&1; then
        echo "'openssl' not found; install the openssl package"
        return
    fi
}

busybox_path() {
    local candidate
    for candidate in /bin/busybox /usr/bin/busybox "$(command -v busybox 2>/dev/null)"; do
        [[ -n "$candidate" && -x "$candidate" ]] || continue
        # A dynamically linked busybox would not run inside an empty image.
        if ! LC_ALL=C ldd "$candidate" 2>&1 | grep -q '=>'; then
            echo "$candidate"
            return 0
        fi
    done
    return 1
}

unavailable() {
    local reason="$1"
    if under_ci; then
        log "FAIL: CI is set and the private test dockerd cannot start: $reason"
        exit 1
    fi
    log "SKIP: the private test dockerd cannot start: $reason"
    log "Tests that need it will be skipped (they fail instead when CI=true)."
    exit 0
}

pid_alive() { [[ -n "${1:-}" ]] && kill -0 "$1" 2>/dev/null; }

read_pid() { [[ -f "$1" ]] && tr -dc '0-9' <"$1"; }

# Processes whose command line mentions PATTERN (a path unique to one daemon),
# e.g. the containerd and containerd-shim children of a killed dockerd.
pids_mentioning() {
    local pattern="$1" proc pid
    for proc in /proc/[0-9]*; do
        pid="${proc#/proc/}"
        [[ "$pid" == "$$" ]] && continue
        if { tr '\0' ' ' <"$proc/cmdline"; } 2>/dev/null | grep -qF -- "$pattern"; then
            echo "$pid"
        fi
    done
}

kill_and_wait() {
    local pid="$1" waited=0
    pid_alive "$pid" || return 0
    kill -TERM "$pid" 2>/dev/null
    while pid_alive "$pid" && ((waited < 150)); do
        sleep 0.1
        waited=$((waited + 1))
    done
    if pid_alive "$pid"; then
        log "pid $pid ignored SIGTERM for 15s; sending SIGKILL"
        kill -KILL "$pid" 2>/dev/null
        sleep 0.2
    fi
}

unmount_under() {
    local root="$1" target
    [[ -d "$root" ]] || return 0
    # Deepest first; -l so a busy netns or shm mount cannot block the clean-up.
    while read -r target; do
        [[ -n "$target" ]] || continue
        umount -l "$target" 2>/dev/null || log "could not unmount $target"
    done < <(findmnt -rn -o TARGET 2>/dev/null | awk -v root="$root" '$0 == root || index($0, root "/") == 1' | sort -r)
}

# Stops the daemon whose state lives in ROOT (pidfile, exec, data), then removes that state.
stop_daemon_in() {
    local root="$1" pid stray
    pid="$(read_pid "$root/dockerd.pid")"
    if pid_alive "$pid"; then
        # Kill running containers first: dockerd would give each one 10s to honour SIGTERM,
        # and `sleep` as PID 1 never does.
        if ((${#DOCKER_ARGS[@]} > 0)); then
            local running
            running="$(timeout 20 docker "${DOCKER_ARGS[@]}" ps -q 2>/dev/null)"
            if [[ -n "$running" ]]; then
                # shellcheck disable=SC2086 # one id per word
                timeout 30 docker "${DOCKER_ARGS[@]}" kill $running >/dev/null 2>&1
            fi
        fi
        log "stopping dockerd pid $pid ($root)"
        kill_and_wait "$pid"
    fi
    # containerd and shims outlive a SIGKILLed dockerd; they name our exec-root.
    for stray in $(pids_mentioning "$root/exec/"); do
        log "stopping leftover process $stray: $({ tr '\0' ' ' <"/proc/$stray/cmdline"; } 2>/dev/null | cut -c1-120)"
        kill_and_wait "$stray"
    done
    unmount_under "$root/exec"
    unmount_under "$root/data"
    if [[ -f "$root/dockerd.log" ]] && grep -qiE 'level=(error|fatal)' "$root/dockerd.log"; then
        log "errors logged by dockerd ($root/dockerd.log):"
        grep -iE 'level=(error|fatal)' "$root/dockerd.log" | tail -n 5 | sed 's/^/    /'
    fi
    rm -rf "$root/exec" "$root/data" "$root/rootfs" "$root/docker.sock" "$root/dockerd.pid" "$root/dockerd.log" \
        "$root/host"
}

# start_dockerd ROOT LISTEN_ARGS... ; waits until `docker version` works with DOCKER_ARGS.
start_dockerd() {
    local root="$1"
    shift
    mkdir -p "$root/data" "$root/exec"
    chmod 700 "$root"
    # setsid + all fds redirected: ctest waits for the test's output pipes to close,
    # so the daemon must not inherit them.
    local storage=(--storage-driver=vfs) arg
    for arg in "$@"; do
        [[ "$arg" == --storage-driver=* ]] && storage=()
    done
    setsid dockerd \
        --iptables=false --ip6tables=false --bridge=none "${storage[@]}" \
        --data-root "$root/data" --exec-root "$root/exec" --pidfile "$root/dockerd.pid" \
        --shutdown-timeout 3 "$@" \
        </dev/null >"$root/dockerd.log" 2>&1 &
    local launched=$!
    local waited=0
    while ((waited < START_TIMEOUT * 10)); do
        if ! pid_alive "$launched"; then
            log "dockerd exited during start-up; last lines of $root/dockerd.log:"
            tail -n 20 "$root/dockerd.log" | sed 's/^/    /'
            return 1
        fi
        if docker "${DOCKER_ARGS[@]}" version >/dev/null 2>&1; then
            log "dockerd pid $launched is up after $((waited / 10)).$((waited % 10))s"
            return 0
        fi
        sleep 0.1
        waited=$((waited + 1))
    done
    log "dockerd did not answer within ${START_TIMEOUT}s; last lines of $root/dockerd.log:"
    tail -n 20 "$root/dockerd.log" | sed 's/^/    /'
    kill_and_wait "$launched"
    return 1
}

import_busybox() {
    local root="$1" bb tool
    bb="$(busybox_path)"
    rm -rf "$root/rootfs"
    mkdir -p "$root/rootfs/bin" "$root/rootfs/etc" "$root/rootfs/tmp"
    cp "$bb" "$root/rootfs/bin/busybox"
    for tool in sh sleep echo cat id ls true false env; do
        ln -s busybox "$root/rootfs/bin/$tool"
    done
    printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/false\n' >"$root/rootfs/etc/passwd"
    printf 'root:x:0:\nnogroup:x:65534:\n' >"$root/rootfs/etc/group"
    tar -C "$root/rootfs" -c . | docker "${DOCKER_ARGS[@]}" import -c 'CMD ["/bin/sh"]' - "$IMAGE" >/dev/null ||
        return 1
    rm -rf "$root/rootfs"
    log "imported $IMAGE"
}

cmd_start() {
    local dir="$1" reason
    shift
    reason="$(cannot_run_reason)"
    [[ -z "$reason" ]] || unavailable "$reason"
    if ((${#dir} + 20 > 100)); then
        unavailable "fixture directory '$dir' is too long for a unix socket path"
    fi
    DOCKER_ARGS=(-H "unix://$dir/docker.sock")
    stop_daemon_in "$dir"
    mkdir -p "$dir"
    if ! start_dockerd "$dir" -H "unix://$dir/docker.sock" "$@"; then
        stop_daemon_in "$dir"
        log "FAIL: could not start the private dockerd"
        exit 1
    fi
    if ! import_busybox "$dir"; then
        stop_daemon_in "$dir"
        log "FAIL: could not import $IMAGE"
        exit 1
    fi
    echo "unix://$dir/docker.sock" >"$dir/host"
    log "ready: DOCKER_HOST=unix://$dir/docker.sock"
}

cmd_stop() {
    local dir="$1"
    DOCKER_ARGS=(-H "unix://$dir/docker.sock")
    stop_daemon_in "$dir"
    # The TLS daemon lives in DIR/tls; leave DIR alone while it runs.
    if ! pid_alive "$(read_pid "$dir/tls/dockerd.pid")"; then
        unmount_under "$dir"
        rm -rf "$dir"
    fi
    log "stopped"
}

port_in_use() {
    local hex
    hex="$(printf '%04X' "$1")"
    # Column 2 is local address:port in hex; any state counts as taken.
    awk -v p=":$hex" 'NR > 1 && substr($2, length($2) - 4) == p { found = 1 } END { exit !found }' \
        /proc/net/tcp /proc/net/tcp6 2>/dev/null
}

free_port() {
    local port tries=0
    while ((tries < 200)); do
        port=$((20000 + RANDOM % 30000))
        if ! port_in_use "$port"; then
            echo "$port"
            return 0
        fi
        tries=$((tries + 1))
    done
    return 1
}

make_certs() {
    local tls="$1"
    (
        set -e
        cd "$tls"
        umask 077
        local days=30
        openssl req -x509 -newkey rsa:2048 -nodes -days "$days" -subj "/CN=Bulwark test CA" \
            -keyout ca-key.pem -out ca.pem 2>/dev/null
        openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" -keyout server-key.pem -out server.csr 2>/dev/null
        printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n' >server-ext.cnf
        openssl x509 -req -in server.csr -CA ca.pem -CAkey ca-key.pem -CAcreateserial -days "$days" \
            -extfile server-ext.cnf -out server-cert.pem 2>/dev/null
        openssl req -newkey rsa:2048 -nodes -subj "/CN=bulwark-test-client" -keyout key.pem -out client.csr 2>/dev/null
        printf 'extendedKeyUsage=clientAuth\n' >client-ext.cnf
        openssl x509 -req -in client.csr -CA ca.pem -CAkey ca-key.pem -CAcreateserial -days "$days" \
            -extfile client-ext.cnf -out cert.pem 2>/dev/null
        # An unrelated CA, and a client certificate it signed: neither side trusts them.
        openssl req -x509 -newkey rsa:2048 -nodes -days "$days" -subj "/CN=Unrelated CA" \
            -keyout wrong-ca-key.pem -out wrong-ca.pem 2>/dev/null
        openssl req -newkey rsa:2048 -nodes -subj "/CN=stranger" -keyout wrong-key.pem -out wrong.csr 2>/dev/null
        openssl x509 -req -in wrong.csr -CA wrong-ca.pem -CAkey wrong-ca-key.pem -CAcreateserial -days "$days" \
            -extfile client-ext.cnf -out wrong-cert.pem 2>/dev/null
        rm -f ./*.csr ./*.cnf ./*.srl
        chmod 644 ca.pem cert.pem wrong-ca.pem wrong-cert.pem server-cert.pem
    )
}

cmd_start_tls() {
    local dir="$1" tls="$1/tls" reason port attempt
    reason="$(cannot_run_reason)"
    [[ -z "$reason" ]] || unavailable "$reason"
    stop_daemon_in "$tls"
    rm -rf "$tls"
    mkdir -p "$tls"
    if ! make_certs "$tls"; then
        log "FAIL: openssl could not create the test certificates"
        exit 1
    fi
    log "certificates written to $tls (ca.pem cert.pem key.pem wrong-ca.pem wrong-cert.pem wrong-key.pem)"
    for attempt in 1 2 3; do
        port="$(free_port)" || break
        DOCKER_ARGS=(--tlsverify --tlscacert "$tls/ca.pem" --tlscert "$tls/cert.pem" --tlskey "$tls/key.pem"
            -H "tcp://127.0.0.1:$port")
        if start_dockerd "$tls" --tlsverify --tlscacert "$tls/ca.pem" --tlscert "$tls/server-cert.pem" \
            --tlskey "$tls/server-key.pem" -H "tcp://127.0.0.1:$port"; then
            echo "$port" >"$tls/port"
            echo "tcp://127.0.0.1:$port" >"$tls/host"
            # One container, so a successful scan has something to show.
            if import_busybox "$tls" &&
                docker "${DOCKER_ARGS[@]}" create --network none --name tls-probe "$IMAGE" sleep 1 >/dev/null; then
                log "ready: DOCKER_HOST=tcp://127.0.0.1:$port DOCKER_TLS_VERIFY=1 DOCKER_CERT_PATH=$tls"
                return 0
            fi
            log "FAIL: could not prepare the TLS daemon"
            stop_daemon_in "$tls"
            exit 1
        fi
        log "attempt $attempt on port $port failed; retrying"
        stop_daemon_in "$tls"
    done
    log "FAIL: could not start the TLS dockerd"
    exit 1
}

cmd_stop_tls() {
    local dir="$1" tls="$1/tls"
    DOCKER_ARGS=()
    if [[ -f "$tls/port" ]]; then
        DOCKER_ARGS=(--tlsverify --tlscacert "$tls/ca.pem" --tlscert "$tls/cert.pem" --tlskey "$tls/key.pem"
            -H "tcp://127.0.0.1:$(cat "$tls/port")")
    fi
    stop_daemon_in "$tls"
    rm -rf "$tls"
    if ! pid_alive "$(read_pid "$dir/dockerd.pid")"; then
        unmount_under "$dir"
        rm -rf "$dir"
    fi
    log "stopped (tls)"
}

cmd_status() {
    local dir="$1" pid
    pid="$(read_pid "$dir/dockerd.pid")"
    if pid_alive "$pid"; then echo "plain: running (pid $pid, unix://$dir/docker.sock)"; else echo "plain: stopped"; fi
    pid="$(read_pid "$dir/tls/dockerd.pid")"
    if pid_alive "$pid"; then echo "tls: running (pid $pid, $(cat "$dir/tls/host" 2>/dev/null))"; else echo "tls: stopped"; fi
}

main() {
    if (($# < 2)) || [[ "$2" != /* ]] || { (($# > 2)) && [[ "$1" != start ]]; }; then
        echo "usage: $0 start|stop|start-tls|stop-tls|status ABSOLUTE_DIR (start takes extra dockerd flags)" >&2
        exit 2
    fi
    local dir="${2%/}"
    case "$1" in
    start) cmd_start "$dir" "${@:3}" ;;
    stop) cmd_stop "$dir" ;;
    start-tls) cmd_start_tls "$dir" ;;
    stop-tls) cmd_stop_tls "$dir" ;;
    status) cmd_status "$dir" ;;
    *)
        echo "usage: $0 start|stop|start-tls|stop-tls|status ABSOLUTE_DIR" >&2
        exit 2
        ;;
    esac
}

main "$@"
