#!/bin/sh
# The Debian 12 packages `make fuzz` needs on top of tests/install-deps.sh:
# clang and its runtime (libFuzzer, sanitizers).  Kept out of the default
# test dependencies: `make test` builds its replays with gcc.
set -eu
# shellcheck source=tests/aptlib.sh
. "$(dirname "$0")/../aptlib.sh"
sh "$(dirname "$0")/../install-deps.sh"
PKGS="clang libclang-rt-14-dev"
# shellcheck disable=SC2086
apt_install_missing "fuzz install-deps" $PKGS
