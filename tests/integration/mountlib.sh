# Mount helpers for the integration tests: start the daemon in the
# foreground, wait until it is mounted (failing early if it died), unmount
# in the trap, and fail the test if a mount or a daemon is left behind.
fsbin="$top/${BUILD:-build}/pseudonymfs"
mounts=""
daemons=""
made_link=""
# shellcheck source=tests/waitmount.sh
. "$top/tests/waitmount.sh"

# mount_view SRC MNT LOG [OPTIONS]: start pseudonymfs -f; 0 once mounted.
# Without audit= in OPTIONS the access log goes to LOG.audit: the test host
# may have no syslog daemon, and then the daemon refuses to start.
mount_view() {
	src=$1; mnt=$2; log=$3; shift 3
	case "$*" in
	*audit=*) ;;
	*) set -- "$@" -o "audit=$log.audit" ;;
	esac
	mkdir -p "$mnt"
	# Core dumps allowed by the shell: only the daemon can turn them off.
	(ulimit -c unlimited 2>/dev/null || ulimit -c 1000000; exec "$fsbin" -f "$@" "$src" "$mnt" 2>"$log") &
	pid=$!
	daemons="$daemons $pid"
	mounts="$mounts $mnt"
	wait_mounted "$mnt" "$pid" && { echo "$pid" > "$log.pid"; return 0; }
	if [ $? -eq 1 ]; then
		echo "pseudonymfs died before mounting:"; cat "$log"
	else
		echo "pseudonymfs did not mount within $WAIT_MOUNT_SECONDS s"
	fi
	return 1
}

# unmount_view MNT LOG: fusermount3 -u, then the daemon's exit status
# (and the end of LOG printed when it is not 0).
unmount_view() {
	mnt=$1; log=$2
	pid=$(cat "$log.pid")
	# EBUSY while a reader the test ended is still being torn down (seen
	# under load): try again for up to 5 s; any other failure is final.
	i=0
	while ! fusermount3 -u "$mnt" 2> "$log.umount"; do
		if ! grep -q 'busy' "$log.umount" || [ $i -ge 50 ]; then
			cat "$log.umount" >&2
			return 1
		fi
		sleep 0.1
		i=$((i + 1))
	done
	# The daemon's end, and its log when it failed: the work directory
	# (and the log with it) is gone once the test ends, and a failure
	# seen once under load (a sanitizer's report at exit) must be
	# diagnosable from the test's output alone.
	wait "$pid" && return 0
	unmount_status=$?
	echo "pseudonymfs exited with status $unmount_status; its log ($log):"
	tail -n 100 "$log"
	return "$unmount_status"
}

mount_cleanup() {
	for m in $mounts; do
		if mountpoint -q "$m" 2>/dev/null; then
			fusermount3 -u "$m" 2>/dev/null || fusermount3 -uz "$m" 2>/dev/null
		fi
	done
	for p in $daemons; do
		kill "$p" 2>/dev/null
	done
	wait 2>/dev/null
	# A daemon that mounted after the first pass (slow start under load,
	# after wait_mounted gave up) is gone now; detach what it left.
	for m in $mounts; do
		if mountpoint -q "$m" 2>/dev/null; then
			fusermount3 -uz "$m" 2>/dev/null || umount -l "$m" 2>/dev/null
		fi
	done
	[ -n "$made_link" ] && rm -f "$made_link"
	cleanup
}
trap mount_cleanup EXIT
trap 'mount_cleanup; exit 1' HUP INT TERM

# Nothing of ours may remain mounted or running at the end.
check_nothing_left() {
	for m in $mounts; do
		check "no mount left at $m" sh -c "! mountpoint -q '$m'"
	done
	for p in $daemons; do
		check "no daemon left ($p)" sh -c "! kill -0 $p 2>/dev/null"
	done
}
