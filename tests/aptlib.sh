# shellcheck shell=sh
# Sourced by the install-deps scripts (tests/install-deps.sh,
# tests/fuzz/install-deps.sh, tests/distributed/install-deps.sh): install
# the Debian packages named that are missing.
#
# apt_install_missing WHO PACKAGE...: 0 when every package is installed (or
# has just been); 1 with a message naming the missing ones when not root.
apt_install_missing() {
	who=$1
	shift
	missing=""
	for p in "$@"; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' ||
			missing="$missing $p"
	done
	[ -z "$missing" ] && return 0
	if [ "$(id -u)" != 0 ]; then
		echo "$who: missing Debian packages:$missing (run as root, or install them)" >&2
		return 1
	fi
	echo "$who: installing$missing" >&2
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq
	# shellcheck disable=SC2086
	apt-get install -y -qq --no-install-recommends $missing >/dev/null
}
