# waitmount.sh: sourced by tests/integration/mountlib.sh and
# tests/bench/lib.sh, which both start a daemon in the foreground and must
# know when it is mounted, or that it died trying.

# wait_mounted MNT PID: 0 once MNT is a mount point; 1 if PID exited first;
# 2 if it is not mounted after WAIT_MOUNT_SECONDS (default 60).  The limit
# only matters when something is wrong: the loop returns as soon as the
# mount appears or the daemon exits.  It was 10 s, and a mount that scans
# 400 files of 3,000 columns under AddressSanitizer on a loaded 2-core
# machine took longer (test_abuse.sh, make test-asan, 2026-12-05).
WAIT_MOUNT_SECONDS=${WAIT_MOUNT_SECONDS:-60}
wait_mounted() {
	wait_tries=0
	while [ $wait_tries -lt $((WAIT_MOUNT_SECONDS * 10)) ]; do
		mountpoint -q "$1" && return 0
		kill -0 "$2" 2>/dev/null || return 1
		sleep 0.1
		wait_tries=$((wait_tries + 1))
	done
	return 2
}
