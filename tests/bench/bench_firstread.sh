#!/bin/sh
# bench_firstread.sh: what the first read of a fresh mount costs, beside the
# export of the same file, for this code and the issue 12 baseline (commit
# 3eaebb6, built by tests/bench/baseline.sh) in the same run (issue 12
# item 1: the first full read within 1.2x the export; `head` of a fresh
# file).
#
#   sh tests/bench/bench_firstread.sh [SIZE_MB] [RUNS]   (default 100, 3)
#
# One generated patients export of SIZE_MB, the baseline's
# conf/example.policy (the current one has rules it cannot parse).  Each run,
# for each build, on a fresh mount every time (a new daemon: nothing
# indexed):
#   export     pseudonymize export of the file
#   cat        cat VIEW > /dev/null: open first (its LOOKUP runs the index
#              pass), then the read
#   ls+cat     ls -l, then cat: stat first, as cp -r and rsync do
#   head       head -c 300 VIEW (this code also with -o index_threads=1:
#              head is answered from the running pass, whatever the
#              number of cores; the baseline has one thread anyway)
# and for this code also cat with -o first_pass=off (the pass's bytes not
# kept: the baseline's two passes, with today's engine).  The CPU time of
# the exporter and of the daemon (the fresh mount's cat) is printed too:
# on a shared machine it moves less than the wall time.  Medians of RUNS,
# ratios to this code's export in the same run.  The source stays in the
# page cache (warm: nothing is dropped, the machine is shared); the load
# average is printed before and after.  Each build's view is compared with
# its own export once.  Mounts run in the foreground and the EXIT trap unmounts
# them, as tests/integration/mountlib.sh does.
# shellcheck disable=SC2086
set -eu

SIZE_MB=${1:-100}
RUNS=${2:-3}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
die() { echo "bench_firstread: $*" >&2; exit 1; }
say() { echo "bench_firstread: $*" >&2; }

TMP=$(mktemp -d /tmp/bench_firstread.XXXXXX)
MNT="$TMP/mnt"
pid=""
cleanup() {
	if mountpoint -q "$MNT" 2>/dev/null; then
		fusermount3 -u "$MNT" 2>/dev/null || fusermount3 -uz "$MNT"
	fi
	[ -n "$pid" ] && kill "$pid" 2>/dev/null
	wait 2>/dev/null || :
	rm -rf "$TMP"
	mountpoint -q "$MNT" 2>/dev/null && echo "bench_firstread: still mounted: $MNT" >&2
	:
}
trap cleanup EXIT
trap 'exit 130' INT TERM

make -s -C "$ROOT" all >&2 || die "cannot build (run make)"
BASE=$(sh "$ROOT/tests/bench/baseline.sh") || die "cannot build the baseline"
NEW="$ROOT/build"
# The baseline's own example policy, for both: the current one has rules
# the baseline cannot parse.  Same policy, same code paths: same bytes.
POLICY="$BASE/../conf/example.policy"

mkdir -p "$TMP/src" "$MNT"
SRC="$TMP/src/patients_bench.csv"
say "generating a ${SIZE_MB} MB patients export"
python3 "$ROOT/tests/gen/gen_exports.py" --bench-patients "$SRC" \
    --size-mb "$SIZE_MB" >/dev/null 2>&1 || die "gen_exports.py failed"
"$NEW/pseudonymize" keygen "$TMP/key" >/dev/null
VIEW="$MNT/patients_bench.csv"

now() { date +%s.%N; }
HZ=$(getconf CLK_TCK)
# cpu_of PID: seconds of CPU (user + system) the process has used
cpu_of() { awk -v hz="$HZ" '{ printf "%.2f\n", ($14 + $15) / hz }' "/proc/$1/stat"; }
# timed NAME COMMAND...: append the seconds the command took to $TMP/NAME
timed() {
	name=$1; shift
	t0=$(now)
	"$@" || die "failed: $*"
	t1=$(now)
	awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f\n", b - a }' >> "$TMP/$name"
}
# mount_fresh BUILD [OPTIONS]: a new daemon on $MNT
mount_fresh() {
	bin=$1/pseudonymfs; shift
	"$bin" -f -o "policy=$POLICY,key=$TMP/key,audit=$TMP/audit$*" \
	    "$TMP/src" "$MNT" 2>>"$TMP/fs.log" &
	pid=$!
	i=0
	until mountpoint -q "$MNT"; do
		kill -0 "$pid" 2>/dev/null || die "the daemon died: $(tail -3 "$TMP/fs.log")"
		[ $i -lt 100 ] || die "no mount within 10 s"
		sleep 0.1
		i=$((i + 1))
	done
}
unmount() {
	fusermount3 -u "$MNT" || die "cannot unmount"
	wait "$pid" || die "the daemon ended with status $?"
	pid=""
}
# export_with BUILD NAME: the export, its CPU seconds (the child's rusage)
# appended to $TMP/cpu_export_NAME
export_with() {
	python3 -c 'import resource, subprocess, sys
r = subprocess.run(sys.argv[2:], stdout=subprocess.DEVNULL,
    stderr=subprocess.DEVNULL).returncode
u = resource.getrusage(resource.RUSAGE_CHILDREN)
open(sys.argv[1], "a").write("%.2f\n" % (u.ru_utime + u.ru_stime))
sys.exit(r)' "$TMP/cpu_export_$2" "$1/pseudonymize" export -p "$POLICY" \
	    -k "$TMP/key" "$SRC" "$TMP/out.csv"
}
cat_view() { cat "$VIEW" > /dev/null; }
ls_cat_view() { ls -l "$MNT" > /dev/null && cat "$VIEW" > /dev/null; }
head_view() { head -c 300 "$VIEW" > /dev/null; }

say "checking each build's view against its own export"
for b in "$BASE" "$NEW"; do
	rm -f "$TMP/ref.csv"
	"$b/pseudonymize" export -p "$POLICY" -k "$TMP/key" "$SRC" "$TMP/ref.csv" \
	    >/dev/null 2>&1 || die "$b: export failed"
	mount_fresh "$b"
	cmp -s "$VIEW" "$TMP/ref.csv" || die "$b: the view differs from the export"
	unmount
done

LOAD0=$(cut -d' ' -f1-3 /proc/loadavg)
r=1
while [ $r -le "$RUNS" ]; do
	say "run $r of $RUNS"
	rm -f "$TMP/out.csv"
	timed export_new export_with "$NEW" new
	rm -f "$TMP/out.csv"
	timed export_base export_with "$BASE" base
	for b in base new; do
		dir=$BASE; [ $b = new ] && dir=$NEW
		mount_fresh "$dir"; timed "cat_$b" cat_view
		cpu_of "$pid" >> "$TMP/cpu_cat_$b"; unmount
		mount_fresh "$dir"; timed "lscat_$b" ls_cat_view; unmount
		mount_fresh "$dir"; timed "head_$b" head_view; unmount
	done
	mount_fresh "$NEW" ",index_threads=1"; timed head1_new head_view; unmount
	mount_fresh "$NEW" ",first_pass=off"; timed cat_off cat_view
	cpu_of "$pid" >> "$TMP/cpu_cat_off"; unmount
	r=$((r + 1))
done
LOAD1=$(cut -d' ' -f1-3 /proc/loadavg)

med() { sort -n "$TMP/$1" | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
E=$(med export_new)
echo
echo "machine: $(nproc) CPUs, kernel $(uname -r); load average $LOAD0 before, $LOAD1 after"
echo "file:    $(wc -c < "$SRC") bytes of source, $(wc -c < "$TMP/ref.csv") of view (conf/example.policy);" \
    "source warm in the page cache; medians of $RUNS runs, each on a fresh mount"
echo
echo "| measure | baseline 3eaebb6 | this code | this code, first_pass=off |"
echo "| --- | ---: | ---: | ---: |"
# Seconds with 2 decimals, 3 under 0.1 s (head of a fresh file).
row() {
	awk -v w="$1" -v b="$2" -v n="$3" -v o="$4" -v e="$E" '
	function s(t) { return sprintf(t < 0.1 ? "%.3f s" : "%.2f s", t) }
	BEGIN {
		printf "| %s | %s (%.2fx) | %s (%.2fx) | %s |\n", w, s(b), b / e,
		    s(n), n / e, o == "" ? "" : sprintf("%s (%.2fx)", s(o), o / e) }'
}
awk -v b="$(med export_base)" -v n="$E" 'BEGIN {
	printf "| export of the file (the 1x) | %.2f s | %.2f s (1x) | |\n", b, n }'
row "fresh mount: cat (open first)" "$(med cat_base)" "$(med cat_new)" "$(med cat_off)"
row "fresh mount: ls -l, then cat (stat first)" "$(med lscat_base)" "$(med lscat_new)" ""
row "fresh mount: head -c 300" "$(med head_base)" "$(med head_new)" ""
row "fresh mount: head -c 300, index_threads=1 (baseline: one thread)" "$(med head_base)" "$(med head1_new)" ""
echo
echo "CPU seconds (user + system; less moved by the load than the times above):"
echo
echo "| measure | baseline 3eaebb6 | this code | this code, first_pass=off |"
echo "| --- | ---: | ---: | ---: |"
EC=$(med cpu_export_new)
awk -v b="$(med cpu_export_base)" -v n="$EC" 'BEGIN {
	printf "| the exporter, export of the file | %.2f s | %.2f s (1x) | |\n", b, n }'
awk -v b="$(med cpu_cat_base)" -v n="$(med cpu_cat_new)" -v o="$(med cpu_cat_off)" -v e="$EC" 'BEGIN {
	printf "| the daemon, fresh mount: cat | %.2f s (%.2fx) | %.2f s (%.2fx) | %.2f s (%.2fx) |\n", b, b / e, n, n / e, o, o / e }'
