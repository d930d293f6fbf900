#!/bin/sh
# The Debian 12 packages `make fuzz` needs on top of tests/install-deps.sh:
# clang and its runtime (libFuzzer, sanitizers).  Kept out of the default
# test dependencies: `make test` builds its replays with gcc.
set -eu
sh "$(dirname "$0")/../install-deps.sh"
PKGS="clang libclang-rt-14-dev"
missing=""
for p in $PKGS; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' ||
		missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" != 0 ]; then
	echo "fuzz install-deps: missing Debian packages:$missing (run as root)" >&2
	exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $missing >/dev/null
