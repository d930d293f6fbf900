#!/bin/sh
# bench_mount.sh: what reading through a pseudonymfs mount costs, beside the
# exporter, bindfs and the page cache, on one big synthetic patients export.
#
#   sh tests/bench/bench_mount.sh [SIZE_MB]        (default 200)
#
# One run measures, on SRC/patients_bench.csv (matched by conf/example.policy):
#   export      pseudonymize export of the file, cold (caches dropped) and warm
#   index       the first `ls -l` of a fresh mount: its first stat builds the
#               index, one pass through the engine (caches dropped first)
#   cold read   dd bs=1M of the view right after, first open (empty FUSE page
#               cache; the index pass has just brought the source in)
#   warm read   dd again: second open of the unchanged file, the page cache
#               is kept; then the best of three more reads
#   fresh read  caches dropped, a new mount, dd at once: index and read, both
#               from disk, as a first `cp` of a fresh mount would pay
#   random      4 KiB preads at page-aligned random offsets (seeded), after
#               posix_fadvise(DONTNEED) of the view: once before all reads,
#               and before each read (then every read reaches the daemon)
#   RSS         the daemon's VmHWM after all of the above
#   bindfs      the source dir through bindfs -o ro: cold, warm (second read,
#               best of three more) and random
#   cat         cat of the source file with a warm page cache
# Everything runs as root (dropping caches needs it; without root the "cold"
# numbers are warm and say so).  Mounts are started in the foreground, as
# tests/integration/mountlib.sh does, and the EXIT trap unmounts them, ends
# the daemons and removes the scratch directory.  Each step is bounded by
# timeout(1) and the whole run by BENCH_LIMIT seconds (default 300 + SIZE_MB).
# $MOUNT_OPTS and the saved numbers are split into words on purpose; the
# sh -c script expands its own $1:
# shellcheck disable=SC2086,SC2046,SC2016
set -eu

BENCH_NAME=bench_mount
# shellcheck source=tests/bench/lib.sh
. "$(dirname "$0")/lib.sh"
SIZE_MB=${1:-200}
bench_number "$SIZE_MB" "[SIZE_MB]"
READS=${BENCH_READS:-5000}
SEED=${BENCH_SEED:-20261125}
LIMIT=${BENCH_LIMIT:-$((300 + SIZE_MB))}
STEP=$((120 + SIZE_MB / 2))	# seconds any one step may take

[ -x "$PSEUDO" ] && [ -x "$FSBIN" ] ||
    make -s -C "$ROOT" build/pseudonymize build/pseudonymfs >&2 ||
    die "cannot build (run make)"
command -v fusermount3 >/dev/null 2>&1 || die "fusermount3 missing (package fuse3)"
command -v python3 >/dev/null 2>&1 || die "python3 missing"
command -v timeout >/dev/null 2>&1 || die "timeout missing (coreutils)"
ROOTUSER=0
[ "$(id -u)" -eq 0 ] && ROOTUSER=1
if ! command -v bindfs >/dev/null 2>&1; then
	[ $ROOTUSER -eq 1 ] || die "bindfs missing: apt-get install bindfs"
	say "installing bindfs"
	apt-get install -y -q bindfs >/dev/null 2>&1 ||
	    { apt-get update -q >/dev/null &&
	    apt-get install -y -q bindfs >/dev/null; } || die "cannot install bindfs"
fi

bench_scratch
# The whole run is bounded: the watchdog sends TERM, the trap cleans up.
main=$$
(
	trap 'kill $sp 2>/dev/null; exit 0' TERM
	sleep "$LIMIT" & sp=$!
	wait $sp
	echo "bench_mount: over $LIMIT s, stopping" >&2
	kill -TERM $main
) &
watchdog=$!

now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }

drop_caches() {
	sync
	if [ $ROOTUSER -eq 1 ]; then
		echo 3 > /proc/sys/vm/drop_caches
	fi
}
COLD="cold"
[ $ROOTUSER -eq 1 ] || COLD="NOT cold (not root)"

# stop_fs NAME MNT: unmount; the daemon ends (the watchdog bounds the wait).
stop_fs() {
	pid=$(cat "$TMP/$1.pid")
	fusermount3 -u "$2" || die "cannot unmount $2"
	wait "$pid" || die "$1 ended with status $?"
}

peak_rss_kib() { awk '/^VmHWM:/ { print $2 }' "/proc/$(cat "$TMP/$1.pid")/status"; }

# timed OUTFILE COMMAND...: seconds the command took, into $TMP/OUTFILE.
timed() {
	out=$1; shift
	t0=$(now)
	timeout -k 5 "$STEP" "$@" || die "failed or timed out: $*"
	t1=$(now)
	secs "$t0" "$t1" > "$TMP/$out"
}

# timed_read OUTFILE FILE: a sequential read with dd bs=1M, timed.
timed_read() { timed "$1" dd if="$2" of=/dev/null bs=1M status=none; }

# best_of_3 OUTFILE FILE: the fastest of three more warm reads (the second
# read alone moves with the machine's noise).
best_of_3() {
	for k in 1 2 3; do
		timed_read "$1.$k" "$2"
	done
	sort -n "$TMP/$1.1" "$TMP/$1.2" "$TMP/$1.3" | head -n 1 > "$TMP/$1"
}

# random FILE MODE: "median_us p99_us max_us" of $READS 4 KiB preads.
# MODE once: posix_fadvise(DONTNEED) before the reads; each: before every
# read (untimed), so no read is served by the page cache.
random_reads() {
	timeout -k 5 "$STEP" python3 - "$1" "$2" "$READS" "$SEED" <<'EOF'
import os, random, sys, time
path, mode, n, seed = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
fd = os.open(path, os.O_RDONLY)
size = os.fstat(fd).st_size
rng = random.Random(seed)
pages = size // 4096
offs = [rng.randrange(pages) * 4096 for _ in range(n)]
os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
lat = []
for off in offs:
	if mode == "each":
		os.posix_fadvise(fd, off, 4096, os.POSIX_FADV_DONTNEED)
	t0 = time.perf_counter_ns()
	b = os.pread(fd, 4096, off)
	t1 = time.perf_counter_ns()
	if len(b) != min(4096, size - off):
		sys.exit("short read at %d" % off)
	lat.append((t1 - t0) / 1000)
os.close(fd)
lat.sort()
print("%.0f %.0f %.0f" % (lat[len(lat) // 2], lat[min(len(lat) - 1, int(len(lat) * 0.99))], lat[-1]))
EOF
}

# ---- the file, the key, the exporter ----
mkdir -p "$TMP/src"
SRC="$TMP/src/patients_bench.csv"
say "generating a ${SIZE_MB} MB patients export"
timeout -k 5 $((STEP * 3)) python3 "$ROOT/tests/gen/gen_exports.py" \
    --bench-patients "$SRC" --size-mb "$SIZE_MB" >&2 ||
    die "tests/gen/gen_exports.py failed"
"$PSEUDO" keygen "$TMP/key" || die "keygen failed"
SRC_BYTES=$(wc -c < "$SRC")
OUT="$TMP/out.csv"
EXPORT="$PSEUDO export -p $POLICY -k $TMP/key $SRC $OUT"

say "exporter, $COLD"
drop_caches
timed export_cold $EXPORT
say "exporter, warm"
rm -f "$OUT"
timed export_warm $EXPORT
VIEW_BYTES=$(wc -c < "$OUT")

MOUNT_OPTS="-o policy=$POLICY,key=$TMP/key,audit=$TMP/audit.log"
MNT="$TMP/mnt"
VIEW="$MNT/patients_bench.csv"

# ---- fresh mount: first ls -l, cold read, warm read, random reads ----
say "pseudonymfs: first ls -l, $COLD"
drop_caches
bench_fs fs "$MNT" "$FSBIN" -f $MOUNT_OPTS "$TMP/src" "$MNT"
timed index ls -l "$MNT" > /dev/null
[ "$(stat -c %s "$VIEW")" -eq "$VIEW_BYTES" ] ||
    die "the view's size is not the exporter's output size"
say "pseudonymfs: first read (FUSE page cache empty), second read"
timed_read fs_cold "$VIEW"
timed_read fs_warm "$VIEW"
best_of_3 fs_best "$VIEW"
cmp -s "$VIEW" "$OUT" || die "the view differs from the exporter's output"
say "pseudonymfs: $READS random 4 KiB reads, twice"
random_reads "$VIEW" once > "$TMP/fs_rand_once" || die "random reads failed"
random_reads "$VIEW" each > "$TMP/fs_rand_each" || die "random reads failed"
peak_rss_kib fs > "$TMP/fs_rss"
stop_fs fs "$MNT"

# ---- another fresh mount, read at once: index and read from disk ----
say "pseudonymfs: fresh mount, read at once, $COLD"
MNT2="$TMP/mnt2"
drop_caches
bench_fs fs2 "$MNT2" "$FSBIN" -f $MOUNT_OPTS "$TMP/src" "$MNT2"
timed_read fs_fresh "$MNT2/patients_bench.csv"
peak_rss_kib fs2 > "$TMP/fs2_rss"
stop_fs fs2 "$MNT2"

# ---- bindfs, the same file ----
say "bindfs: $COLD read, warm read, random reads"
BMNT="$TMP/bmnt"
drop_caches
bench_fs bindfs "$BMNT" bindfs -f -o ro "$TMP/src" "$BMNT"
timed_read bind_cold "$BMNT/patients_bench.csv"
timed_read bind_warm "$BMNT/patients_bench.csv"
best_of_3 bind_best "$BMNT/patients_bench.csv"
random_reads "$BMNT/patients_bench.csv" each > "$TMP/bind_rand_each" ||
    die "random reads through bindfs failed"
peak_rss_kib bindfs > "$TMP/bind_rss"
stop_fs bindfs "$BMNT"

# ---- the page cache alone ----
cat "$SRC" > /dev/null
timed cat_warm sh -c 'cat "$1" > /dev/null' sh "$SRC"

# ---- report ----
v() { cat "$TMP/$1"; }
set -- $(v fs_rand_once); RO_MED=$1; RO_P99=$2; RO_MAX=$3
set -- $(v fs_rand_each); RE_MED=$1; RE_P99=$2; RE_MAX=$3
set -- $(v bind_rand_each); RB_MED=$1; RB_P99=$2; RB_MAX=$3

echo
echo "machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')," \
    "$(awk '/^MemTotal:/ { printf "%.0f GiB RAM", $2 / 1048576 }' /proc/meminfo)," \
    "kernel $(uname -r)"
echo "command: sh tests/bench/bench_mount.sh $SIZE_MB"
echo "file:    $SRC_BYTES bytes of source, $VIEW_BYTES bytes of view" \
    "(conf/example.policy); MB = 10^6 bytes"
echo "caches:  \"cold\" = sync; echo 3 > /proc/sys/vm/drop_caches before;" \
    "$( [ $ROOTUSER -eq 1 ] && echo dropped || echo 'NOT dropped (not root)')"
echo
awk -v sb="$SRC_BYTES" -v vb="$VIEW_BYTES" \
    -v ec="$(v export_cold)" -v ew="$(v export_warm)" -v ix="$(v index)" \
    -v fc="$(v fs_cold)" -v fw="$(v fs_warm)" -v ff="$(v fs_fresh)" \
    -v bc="$(v bind_cold)" -v bw="$(v bind_warm)" -v cw="$(v cat_warm)" \
    -v fb="$(v fs_best)" -v bb="$(v bind_best)" \
    -v rom="$RO_MED" -v rop="$RO_P99" -v rox="$RO_MAX" \
    -v rem="$RE_MED" -v rep="$RE_P99" -v rex="$RE_MAX" \
    -v rbm="$RB_MED" -v rbp="$RB_P99" -v rbx="$RB_MAX" \
    -v rss="$(v fs_rss)" -v rss2="$(v fs2_rss)" -v brss="$(v bind_rss)" \
    -v reads="$READS" -v mb="$SIZE_MB" '
function row(what, s, bytes) {
	printf "| %s | %.2f s | %.1f MB/s |\n", what, s, bytes / 1e6 / s
}
function verdict(what, ok, got, want) {
	printf "| %s | %s | %s | %s |\n", what, got, want, ok ? "met" : "**MISSED**"
}
BEGIN {
	print "| measure | time | throughput |"
	print "| --- | ---: | ---: |"
	row("exporter, cold (source bytes)", ec, sb)
	row("exporter, warm (source bytes)", ew, sb)
	row("first `ls -l` of a fresh mount, cold (index pass, source bytes)", ix, sb)
	row("pseudonymfs first read, after the `ls -l` (view bytes)", fc, vb)
	row("pseudonymfs second read, warm (view bytes)", fw, vb)
	row("pseudonymfs warm, best of 3 more reads (view bytes)", fb, vb)
	row("pseudonymfs fresh mount, read at once, cold: index + read (view bytes)", ff, vb)
	row("bindfs first read, cold", bc, sb)
	row("bindfs second read, warm", bw, sb)
	row("bindfs warm, best of 3 more reads", bb, sb)
	row("cat of the source, warm page cache", cw, sb)
	print ""
	printf "| %d random 4 KiB preads | median | p99 | max |\n", reads
	print "| --- | ---: | ---: | ---: |"
	printf "| pseudonymfs, fadvise DONTNEED once before | %d us | %d us | %d us |\n", rom, rop, rox
	printf "| pseudonymfs, fadvise DONTNEED before each read | %d us | %d us | %d us |\n", rem, rep, rex
	printf "| bindfs, fadvise DONTNEED before each read | %d us | %d us | %d us |\n", rbm, rbp, rbx
	print ""
	printf "Peak RSS (VmHWM): pseudonymfs %.1f MiB after all reads, %.1f MiB after the fresh-mount read; bindfs %.1f MiB.\n", rss / 1024, rss2 / 1024, brss / 1024
	print ""
	print "| target | measured | wanted | verdict |"
	print "| --- | --- | --- | --- |"
	verdict("first stat costs at most one export pass", ix <= ec * 1.10,
	    sprintf("%.2f s = %.2fx the cold export", ix, ix / ec),
	    "<= 1x (10% noise allowed)")
	verdict("cold read within 1.5x the export time", fc <= ec * 1.5,
	    sprintf("%.2f s = %.2fx the cold export", fc, fc / ec), "<= 1.5x")
	verdict("fresh mount: index + cold read within 1.5x the export", ff <= ec * 1.5,
	    sprintf("%.2f s = %.2fx the cold export", ff, ff / ec), "<= 1.5x (stricter reading)")
	verdict("warm read (second read) >= bindfs warm throughput", vb / fw >= sb / bw,
	    sprintf("%.0f vs %.0f MB/s", vb / 1e6 / fw, sb / 1e6 / bw), ">= 1x")
	verdict("warm read (best of 3) >= bindfs warm (best of 3)", vb / fb >= sb / bb,
	    sprintf("%.0f vs %.0f MB/s", vb / 1e6 / fb, sb / 1e6 / bb), ">= 1x")
	verdict("random 4 KiB reads p99 < 5 ms (every read to the daemon)", rep < 5000,
	    sprintf("%.2f ms", rep / 1000), "< 5 ms")
	verdict("random 4 KiB reads p99 < 5 ms (fadvise once)", rop < 5000,
	    sprintf("%.2f ms", rop / 1000), "< 5 ms")
	if (mb >= 1000)
		verdict("daemon RSS < 64 MB for a 1 GB file", rss < 65536,
		    sprintf("%.1f MiB at %d MB", rss / 1024, mb), "< 64 MiB")
	else
		verdict("daemon RSS < 64 MB (target is for 1 GB; measured here at " mb " MB)",
		    rss < 65536, sprintf("%.1f MiB at %d MB", rss / 1024, mb), "< 64 MiB")
}'
