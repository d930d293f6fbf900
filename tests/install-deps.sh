#!/bin/sh
# Install the Debian 12 packages pseudonymfs builds and tests with, if any is
# missing.  Run as root; does nothing when everything is there.
set -eu
PKGS="make gcc libc6-dev pkg-config libsodium-dev libcsv-dev libcmocka-dev
libinih-dev libunistring-dev libfuse3-dev fuse3 python3 rsync procps util-linux
man-db groff-base bsdextrautils systemd valgrind sqlite3 python3-pandas attr
zlib1g-dev wfrench"
missing=""
for p in $PKGS; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' ||
		missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" != 0 ]; then
	echo "install-deps: missing Debian packages:$missing (run as root, or install them)" >&2
	exit 1
fi
echo "install-deps: installing$missing" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $missing >/dev/null
