#!/usr/bin/env bash
# Sets up what Touchpoint needs on Debian 12, builds it, and starts it or runs every test.
#   ./dev.sh run [touchpoint options...]   install what is missing, build, start the window
#   ./dev.sh test                          install what is missing, build, run the whole suite;
#                                          then the .deb (packaging/check-deb), then again
#                                          under ASan+UBSan, then the fuzzers briefly
set -euo pipefail
cd "$(dirname "$0")"

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev libqt6sql6-sqlite qt6-httpserver-dev qt6-websockets-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-qpa-plugins libqt6svg6 libgl-dev sqlite3 libsqlite3-dev fonts-noto-core wrk curl
    postgresql-15 postgresql-client-15 libqt6sql6-psql libpq-dev openssl
    python3-jsonschema
    dpkg-dev file adduser desktop-file-utils appstream systemd
)
# The tests' validator of the API's OpenAPI document comes from npm: Debian's npm where no npm is
# there (a Node.js from elsewhere brings its own).
command -v npm >/dev/null || packages+=(npm)

install_missing() {
    local missing=()
    for package in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

build() {
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
    cmake --build build --parallel "$(nproc)"
}

command=${1:-}
[ $# -gt 0 ] && shift
case "$command" in
run)
    install_missing
    build
    exec build/app/touchpoint "$@"
    ;;
test)
    install_missing
    build -DTOUCHPOINT_WARNINGS_AS_ERRORS=ON
    # For the openapi_document test: a validator of OpenAPI 3.1, at a fixed version.
    [ -x build/tools/node_modules/.bin/validate-api ] \
        || npm install --prefix build/tools --no-audit --no-fund --loglevel=error \
            @seriousme/openapi-schema-validator@2.11.0
    (cd build && ctest --output-on-failure --parallel "$(nproc)" --timeout 900)
    # The .deb: validated, built, installed, run, upgraded and purged (a few seconds).
    packaging/check-deb build
    # The whole suite again under AddressSanitizer and UndefinedBehaviorSanitizer (gcc).
    cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DTOUCHPOINT_SANITIZERS=ON -DTOUCHPOINT_WARNINGS_AS_ERRORS=ON
    cmake --build build-asan --parallel "$(nproc)"
    (cd build-asan && ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 \
        UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        ctest --output-on-failure --parallel "$(nproc)" --timeout 900)
    # Each libFuzzer target briefly (clang, ASan+UBSan); longer: tests/fuzz/run-fuzzers 600
    tests/fuzz/run-fuzzers 20
    ;;
*)
    echo "usage: $0 run [touchpoint options...] | $0 test" >&2
    exit 2
    ;;
esac
