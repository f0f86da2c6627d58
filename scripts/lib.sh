# Shared by scripts/run, scripts/test and scripts/demo-sandbox: the Debian 12
# packages Bulwark needs, and small helpers. Source it; do not execute it.
# shellcheck shell=bash
# shellcheck disable=SC2034 # the package lists and demo paths are used by the scripts that source this

# Everything needed to configure and build (cmake --preset dev|asan|release).
BULWARK_BUILD_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-charts-dev qt6-pdf-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6opengl6-dev libgl-dev libxkbcommon-dev
    libcurl4-openssl-dev libsqlite3-dev nlohmann-json3-dev
    fonts-dejavu-core
)
# A private Docker Engine (demo sandbox, test fixtures) and its registry-free image.
BULWARK_DAEMON_PACKAGES=(docker.io busybox-static)
# Only the test suite needs these: TLS fixture certificates, a virtual display for
# GUI smoke tests, dpkg-shlibdeps for the package check, pdftotext/pdfinfo for the report tests.
BULWARK_TEST_PACKAGES=(openssl xvfb xauth dpkg-dev poppler-utils)

BULWARK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export BULWARK_ROOT

bw_log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
bw_warn() { printf 'warning: %s\n' "$*" >&2; }
bw_die() {
    printf 'error: %s\n' "$*" >&2
    exit 1
}

bw_is_root() { [[ "$(id -u)" == 0 ]]; }

# Runs a command as root: directly when root, through sudo otherwise.
bw_as_root() {
    if bw_is_root; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        bw_die "need root for: $* (run as root or install sudo)"
    fi
}

# Prints the packages (arguments) that dpkg does not report as installed.
bw_missing_packages() {
    local pkg status
    for pkg in "$@"; do
        status="$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null)"
        [[ "$status" == installed ]] || echo "$pkg"
    done
}

# Installs whatever of the given packages is missing: one `apt-get update`, one install.
bw_install_packages() {
    local missing
    mapfile -t missing < <(bw_missing_packages "$@")
    if ((${#missing[@]} == 0)); then
        return 0
    fi
    command -v apt-get >/dev/null 2>&1 || bw_die "missing packages (${missing[*]}) and no apt-get: Bulwark's scripts target Debian 12"
    bw_log "Installing ${#missing[@]} missing package(s): ${missing[*]}"
    bw_as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q || bw_die "apt-get update failed"
    bw_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" ||
        bw_die "apt-get install failed for: ${missing[*]}"
}

# Questions are asked only when stdin is a terminal.
bw_interactive() { [[ -t 0 ]]; }

# ask "Question?" -> 0 for y/yes; default No.
bw_ask() {
    local answer
    read -r -p "$1 [y/N] " answer || return 1
    [[ "$answer" =~ ^([yY]|[yY][eE][sS])$ ]]
}

bw_has_display() { [[ -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" ]]; }

bw_seconds_since() { echo $((SECONDS - $1)); }

# The demo sandbox (scripts/demo-sandbox).
BULWARK_DEMO_DIR=/tmp/bulwark-demo
BULWARK_DEMO_HOST="unix://${BULWARK_DEMO_DIR}/docker.sock"
