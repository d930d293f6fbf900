#!/bin/sh
# Packages for `make test-distributed` only (Debian 12): Dask distributed
# and its dependencies, from Debian, for Debian's python3.  Does nothing
# when they are there; run as root otherwise.
set -eu
# shellcheck source=tests/aptlib.sh
. "$(dirname "$0")/../aptlib.sh"
PKGS="python3-distributed procps"
# shellcheck disable=SC2086
apt_install_missing "distributed install-deps" $PKGS
