# waitmount.sh: sourced by tests/integration/mountlib.sh and
# tests/bench/lib.sh, which both start a daemon in the foreground and must
# know when it is mounted, or that it died trying.

# wait_mounted MNT PID: 0 once MNT is a mount point; 1 if PID exited first;
# 2 if it is not mounted after 10 s.
wait_mounted() {
	wait_tries=0
	while [ $wait_tries -lt 100 ]; do
		mountpoint -q "$1" && return 0
		kill -0 "$2" 2>/dev/null || return 1
		sleep 0.1
		wait_tries=$((wait_tries + 1))
	done
	return 2
}
