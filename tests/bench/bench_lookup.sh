#!/bin/sh
# bench_lookup.sh: `ls -l` of a directory of renamed single-patient exports
# (rename = token) on a fresh mount, ours against the baseline of issue 12
# (3eaebb6, which re-hashed every renamed name of the directory for each
# lookup), in the same run.
#
#   sh tests/bench/bench_lookup.sh [N] [BASE_N]     (default 10000 and 2000)
#
# The baseline is quadratic (2 min 34 s for 10,000 names), so it is timed
# at BASE_N names and ours at both BASE_N and N.  Every file is a copy of
# conf/samples/export_BONNET_Pierre.csv under another (invented) name.
# Median of BENCH_RUNS fresh mounts (default 3); the mounts are unmounted by
# the EXIT trap.
# shellcheck disable=SC2086
set -eu
BENCH_NAME=bench_lookup
# shellcheck source=tests/bench/lib.sh
. "$(dirname "$0")/lib.sh"
N=${1:-10000}
BASE_N=${2:-2000}
NEW="$BUILD_DIR"

bench_baseline
bench_scratch

make_dir() {	# DIR COUNT
	mkdir -p "$1"
	i=0
	while [ $i -lt "$2" ]; do
		cp "$ROOT/conf/samples/export_BONNET_Pierre.csv" "$1/export_PATIENT_$i.csv"
		i=$((i + 1))
	done
}
say "making $N and $BASE_N renamed files"
make_dir "$TMP/n" "$N"
make_dir "$TMP/b" "$BASE_N"
"$NEW/pseudonymize" keygen "$TMP/key" >/dev/null

# One fresh mount of SRC by BIN's pseudonymfs, `ls -l` timed, unmounted.
once() {	# NAME BIN SRC
	bench_fs "$1" "$TMP/mnt" "$2/pseudonymfs" -f \
	    -o "policy=$POLICY,key=$TMP/key,audit=$TMP/$1.audit" "$3" "$TMP/mnt"
	t0=$(date +%s.%N)
	n=$(timeout 600 ls -l "$TMP/mnt" | grep -c '^-')
	t1=$(date +%s.%N)
	bench_unmount "$TMP/mnt"
	echo "$t0 $t1 $n" | awk '{ printf "%.3f %d\n", $2 - $1, $3 }' >> "$TMP/t.$1"
}

r=1
while [ $r -le "$RUNS" ]; do
	say "round $r of $RUNS"
	once base "$BASE" "$TMP/b"
	once new-small "$NEW" "$TMP/b"
	once new "$NEW" "$TMP/n"
	r=$((r + 1))
done
echo
echo "machine: $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
echo "ls -l of a fresh mount, median of $RUNS (page cache warm: the source files were just written)"
for n in base new-small new; do
	echo "$n $(sort -n "$TMP/t.$n" | sed -n "$(((RUNS + 1) / 2))p")"
done | awk '
{ s[$1] = $2; files[$1] = $3 }
END {
	printf "  baseline 3eaebb6, %6d files: %8.2f s\n", files["base"], s["base"]
	printf "  this code,        %6d files: %8.2f s   (%.0fx faster)\n",
	    files["new-small"], s["new-small"], s["base"] / s["new-small"]
	printf "  this code,        %6d files: %8.2f s   target < 3 s: %s\n",
	    files["new"], s["new"], (s["new"] < 3 ? "met" : "MISSED")
}'
