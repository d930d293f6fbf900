# shellcheck shell=sh disable=SC2034
# What the benchmarks share; sourced after naming the benchmark:
#   BENCH_NAME=bench_x; . "$(dirname "$0")/lib.sh"
# The tree and its programs (BUILD, default build), say/die, the check of a
# size argument, a scratch directory, and the FUSE daemons a benchmark
# starts: the EXIT trap unmounts every one, ends the daemons (and a
# $watchdog if set), removes the scratch directory and says if a mount was
# left behind.
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=tests/waitmount.sh
. "$ROOT/tests/waitmount.sh"
BUILD_DIR="$ROOT/${BUILD:-build}"
PSEUDO="$BUILD_DIR/pseudonymize"
FSBIN="$BUILD_DIR/pseudonymfs"
POLICY="$ROOT/conf/example.policy"
RUNS=${BENCH_RUNS:-3}
TMP=""
mounts=""
daemons=""
watchdog=""
pid=""

say() { echo "$BENCH_NAME: $*" >&2; }
die() { say "$*"; exit 1; }

# bench_number VALUE USAGE: VALUE is a whole number above 0, else print the
# usage line and exit 2.
bench_number() {
	case $1 in
	''|*[!0-9]*|0) echo "usage: sh tests/bench/$BENCH_NAME.sh $2" >&2; exit 2 ;;
	esac
}

bench_cleanup() {
	for m in $mounts; do
		if mountpoint -q "$m" 2>/dev/null; then
			fusermount3 -u "$m" 2>/dev/null ||
			    fusermount3 -uz "$m" 2>/dev/null || umount -l "$m"
		fi
	done
	for p in $daemons $watchdog; do
		kill "$p" 2>/dev/null || :
	done
	wait 2>/dev/null || :
	[ -n "$TMP" ] && rm -rf "$TMP"
	for m in $mounts; do
		mountpoint -q "$m" 2>/dev/null && say "still mounted: $m"
	done
	:
}

# bench_scratch: TMP is a new scratch directory; the traps are set.
bench_scratch() {
	TMP=$(mktemp -d "/tmp/$BENCH_NAME.XXXXXX")
	trap bench_cleanup EXIT
	trap 'exit 130' INT TERM
}

# bench_scratch_key: a scratch directory (bench_scratch) made the working
# directory, with a new key in ./key.
bench_scratch_key() {
	bench_scratch
	cd "$TMP" || die "cannot enter $TMP"
	"$PSEUDO" keygen key >/dev/null
}

# bench_baseline: our programs built; BASE is the build of the issue 12
# baseline (tests/bench/baseline.sh, unless BASE is set) and POLICY the
# baseline's own example policy, for both: the current one has rules (such
# as [dir]) the baseline cannot parse.
bench_baseline() {
	make -s -C "$ROOT" all >&2
	BASE=${BASE:-$(sh "$ROOT/tests/bench/baseline.sh")}
	POLICY="$BASE/../conf/example.policy"
}

# bench_fs NAME MNT COMMAND...: run a FUSE daemon in the foreground (its
# errors in $TMP/NAME.log) and wait until MNT is mounted; its pid is $pid
# and in $TMP/NAME.pid.
bench_fs() {
	name=$1; mnt=$2; shift 2
	mkdir -p "$mnt"
	"$@" 2>"$TMP/$name.log" &
	pid=$!
	daemons="$daemons $pid"
	mounts="$mounts $mnt"
	wait_mounted "$mnt" "$pid" && { echo "$pid" > "$TMP/$name.pid"; return 0; }
	[ $? -eq 1 ] &&
	    { cat "$TMP/$name.log" >&2; die "$name died before mounting"; }
	die "$name did not mount within 10 s"
}

# bench_unmount MNT: unmount the daemon bench_fs started last and wait for
# it; non-zero if it cannot be unmounted or ends with an error.
bench_unmount() {
	fusermount3 -u "$1" || return 1
	wait "$pid"
}
