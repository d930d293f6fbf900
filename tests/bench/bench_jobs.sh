#!/bin/sh
# bench_jobs.sh: the exporter on every core (-j) against the baseline commit
# of issue 12 (3eaebb6, single-threaded), in the same run.
#
#   sh tests/bench/bench_jobs.sh [FILES] [SIZE_MB]     (default 4 files of 20 MB)
#
# A tree of FILES generated patients exports (tests/gen/gen_exports.py,
# every value invented) under conf/example.policy: the baseline's export,
# ours with -j 1, ours with the default -j (every CPU), and one file of
# FILES * SIZE_MB cut in chunks (-j default against -j 1).  Page cache warm
# (the files are read once before), BENCH_RUNS rounds (default 3) run in
# turn; the median wall time is kept, and the peak RSS (GNU time %M) is the
# largest.  The output bytes of every -j are compared with our -j 1's (the
# baseline's differ on purpose since emails follow the row's fake names,
# commit cbf10e9).  The machine may be shared: the ratios of one run are
# what to read; `cores` says how much CPU each run got.
# shellcheck disable=SC2086
set -eu
BENCH_NAME=bench_jobs
# shellcheck source=tests/bench/lib.sh
. "$(dirname "$0")/lib.sh"
FILES=${1:-4}
SIZE_MB=${2:-20}
NEW="$BUILD_DIR"

bench_baseline
bench_scratch

say "generating $FILES files of $SIZE_MB MB"
mkdir "$TMP/src" "$TMP/big"
i=1
while [ $i -le "$FILES" ]; do
	python3 "$ROOT/tests/gen/gen_exports.py" --bench-patients \
	    "$TMP/src/patients_$i.csv" --size-mb "$SIZE_MB" --seed $i >/dev/null 2>&1
	i=$((i + 1))
done
{ cat "$TMP/src/patients_1.csv"; for f in "$TMP"/src/patients_*.csv; do
	tail -n +2 "$f"; done; } > "$TMP/big/patients_big.csv"
"$NEW/pseudonymize" keygen "$TMP/key" >/dev/null
sync
cat "$TMP"/src/* "$TMP"/big/* > /dev/null

run() {	# NAME COMMAND...: one timed run, appended to $TMP/t.NAME
	name=$1; shift
	rm -rf "$TMP/out"
	t0=$(date +%s.%N)
	/usr/bin/time -f "%M %U %S" -o "$TMP/rss" "$@" 2>"$TMP/err" || { cat "$TMP/err" >&2; exit 1; }
	t1=$(date +%s.%N)
	echo "$t0 $t1 $(tail -n 1 "$TMP/rss")" |
	    awk '{ printf "%.4f %d %.4f\n", $2 - $1, $3, $4 + $5 }' >> "$TMP/t.$name"
}

r=1
while [ $r -le "$RUNS" ]; do
	say "round $r of $RUNS"
	run base-tree "$BASE/pseudonymize" export -p "$POLICY" -k "$TMP/key" "$TMP/src" "$TMP/out"
	run j1-tree "$NEW/pseudonymize" export -q -j 1 -p "$POLICY" -k "$TMP/key" "$TMP/src" "$TMP/out"
	rm -rf "$TMP/ref"
	mv "$TMP/out" "$TMP/ref"
	run jN-tree "$NEW/pseudonymize" export -q -p "$POLICY" -k "$TMP/key" "$TMP/src" "$TMP/out"
	diff -r "$TMP/ref" "$TMP/out" >/dev/null || { say "-j differs from -j 1 (tree)"; exit 1; }
	run base-file "$BASE/pseudonymize" export -p "$POLICY" -k "$TMP/key" "$TMP/big/patients_big.csv" "$TMP/out"
	run j1-file "$NEW/pseudonymize" export -q -j 1 -p "$POLICY" -k "$TMP/key" "$TMP/big/patients_big.csv" "$TMP/out"
	mv "$TMP/out" "$TMP/ref.csv"
	run jN-file "$NEW/pseudonymize" export -q -p "$POLICY" -k "$TMP/key" "$TMP/big/patients_big.csv" "$TMP/out"
	cmp -s "$TMP/ref.csv" "$TMP/out" || { say "-j differs from -j 1 (file)"; exit 1; }
	r=$((r + 1))
done

bytes=$(cat "$TMP"/src/* | wc -c)
echo
echo "machine: $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
echo "tree: $FILES files, $bytes bytes; one file: the same rows; median of $RUNS, warm"
echo
for n in base-tree j1-tree jN-tree base-file j1-file jN-file; do
	med=$(sort -n "$TMP/t.$n" | sed -n "$(((RUNS + 1) / 2))p" | cut -d' ' -f1,3)
	rss=$(cut -d' ' -f2 "$TMP/t.$n" | sort -n | tail -n 1)
	echo "$n $med $rss"
done | awk -v bytes="$bytes" -v jobs="$(nproc)" '
{ n[NR] = $1; s[NR] = $2; cpu[NR] = $3; rss[NR] = $4; t[$1] = $2 }
END {
	printf "%-10s %8s %8s %9s %9s %6s\n", "run", "seconds", "MB/s", "RSS MiB",
	    "vs base", "cores"
	for (i = 1; i <= NR; i++) {
		base = (n[i] ~ /tree/) ? t["base-tree"] : t["base-file"]
		printf "%-10s %8.2f %8.1f %9.1f %8.2fx %6.2f\n", n[i], s[i],
		    bytes / 1e6 / s[i], rss[i] / 1024, base / s[i], cpu[i] / s[i]
	}
	print "cores: CPU seconds (user + sys) / wall seconds: the CPU the run got"
	printf "\njN = -j %d (the default here)\n", jobs
	ratio = t["base-tree"] / t["jN-tree"]
	printf "target: tree export >= 1.6x the baseline: %s (%.2fx)\n",
	    (ratio >= 1.6 ? "met" : "MISSED"), ratio
}'
