#!/bin/sh
# load.sh: 16 concurrent readers over a pseudonymfs mount for at least 60 s,
# random preads and sequential reads mixed, every byte compared with what
# `pseudonymize export` writes for the same source; zero errors allowed.
#
#   sh tests/bench/load.sh [SECONDS] [SIZE_MB]      (defaults 60 and 50)
#
# The source is the bundled samples (conf/samples) plus one generated
# patients export of SIZE_MB (tests/gen/gen_exports.py --bench-patients),
# mounted with conf/example.policy and an audit file (so every open is also
# an audit record, as in production; the chain is verified at the end).
# Reports throughput (MB/s of view bytes, reads/s), opens, and the daemon's
# peak RSS (VmHWM).  The EXIT trap unmounts, ends the daemon and removes the
# scratch directory; the whole run is bounded by timeout(1).
set -eu

SECONDS_RUN=${1:-60}
SIZE_MB=${2:-50}
THREADS=${LOAD_THREADS:-16}
SEED=${LOAD_SEED:-20261125}
case $SECONDS_RUN$SIZE_MB in
*[!0-9]*) echo "usage: sh tests/bench/load.sh [SECONDS] [SIZE_MB]" >&2; exit 2 ;;
esac
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PSEUDO="$ROOT/build/pseudonymize"
FSBIN="$ROOT/build/pseudonymfs"
POLICY="$ROOT/conf/example.policy"

say() { echo "load: $*" >&2; }
die() { say "$*"; exit 1; }

TMP=""
MNT=""
DAEMON=""
cleanup() {
	if [ -n "$MNT" ] && mountpoint -q "$MNT" 2>/dev/null; then
		fusermount3 -u "$MNT" 2>/dev/null || fusermount3 -uz "$MNT" 2>/dev/null || :
	fi
	[ -n "$DAEMON" ] && kill "$DAEMON" 2>/dev/null || :
	wait 2>/dev/null || :
	if [ -n "$MNT" ] && mountpoint -q "$MNT" 2>/dev/null; then
		say "still mounted: $MNT"
	fi
	[ -n "$TMP" ] && rm -rf "$TMP"
	:
}
trap cleanup EXIT
trap 'exit 130' INT TERM

[ -x "$PSEUDO" ] && [ -x "$FSBIN" ] ||
    make -s -C "$ROOT" build/pseudonymize build/pseudonymfs >&2 || die "cannot build"
command -v fusermount3 >/dev/null || die "fusermount3 missing (package fuse3)"

TMP=$(mktemp -d /tmp/pseudonymfs-load.XXXXXX)
mkdir -p "$TMP/src"
cp -r "$ROOT/conf/samples/." "$TMP/src/"
say "generating a $SIZE_MB MB patients export"
timeout 600 python3 "$ROOT/tests/gen/gen_exports.py" --bench-patients \
    "$TMP/src/patients_load.csv" --size-mb "$SIZE_MB" >&2 || die "generator failed"
"$PSEUDO" keygen "$TMP/key" >/dev/null
say "exporting (the reference)"
timeout 600 "$PSEUDO" export -p "$POLICY" -k "$TMP/key" "$TMP/src" "$TMP/ref" ||
    die "export failed"

MNT="$TMP/mnt"
mkdir -p "$MNT"
"$FSBIN" -f -o "policy=$POLICY,key=$TMP/key,audit=$TMP/audit.log" "$TMP/src" "$MNT" \
    2>"$TMP/fs.log" &
DAEMON=$!
i=0
until mountpoint -q "$MNT"; do
	kill -0 "$DAEMON" 2>/dev/null || { cat "$TMP/fs.log" >&2; die "pseudonymfs died"; }
	[ $i -lt 100 ] || die "pseudonymfs did not mount within 10 s"
	sleep 0.1; i=$((i + 1))
done
diff -r "$TMP/ref" "$MNT" >/dev/null || die "the view differs from the export before the load"

say "$THREADS readers for $SECONDS_RUN s"
set +e
timeout $((SECONDS_RUN + 300)) python3 "$ROOT/tests/bench/load_readers.py" \
    "$MNT" "$TMP/ref" "$THREADS" "$SECONDS_RUN" "$SEED" > "$TMP/result"
status=$?
set -e
cat "$TMP/result"
RSS=$(awk '/^VmHWM:/ { print $2 }' "/proc/$DAEMON/status")
THR=$(awk '/^Threads:/ { print $2 }' "/proc/$DAEMON/status")
fusermount3 -u "$MNT" || die "cannot unmount"
wait "$DAEMON" || die "pseudonymfs ended with status $?"
DAEMON=""
"$PSEUDO" audit-verify "$TMP/audit.log" > "$TMP/verify" || { cat "$TMP/verify"; die "audit chain broken"; }
RECORDS=$(wc -l < "$TMP/audit.log")
OPENS=$(sed -n 's/.* opens=\([0-9]*\) .*/\1/p' "$TMP/result")
ROPENS=$(grep -c ' event=open ' "$TMP/audit.log")

echo "machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'), kernel $(uname -r)"
echo "source:  $(du -sb "$TMP/src" | cut -f1) bytes in $(find "$TMP/src" -type f | wc -l) files; view $(du -sb "$TMP/ref" | cut -f1) bytes in $(find "$TMP/ref" -type f | wc -l) files"
echo "daemon:  peak RSS (VmHWM) $(awk -v k="$RSS" 'BEGIN { printf "%.1f MiB", k / 1024 }'), $THR threads at the end"
echo "audit:   $RECORDS records, chain intact; $ROPENS open records for $OPENS opens by the readers (+ the diff before)"
[ "$status" -eq 0 ] || die "readers saw errors or differences"
[ "$ROPENS" -ge "$OPENS" ] || die "fewer open records than opens"
say "ok: zero errors"
