#!/bin/sh
# bench_scrub.sh: scrub throughput beside plain export throughput.
#
#   sh tests/bench/bench_scrub.sh [SIZE_MB]        (default 50)
#   BASE=1 sh tests/bench/bench_scrub.sh [SIZE_MB]  (and 3eaebb6 in the same run)
#
# One synthetic export (';', UTF-8): the labeled corpus of
# tests/scrub/gen_corpus.py repeated up to SIZE_MB by
# tests/bench/gen_scrub_export.py, with its row values (IPP, Nom, Prénom,
# NIR, Téléphone, Email, Adresse) and the comment.  Two policies over the
# same file, each run BENCH_RUNS times (median), -j 1, pinned to one CPU:
#   plain  the seven identifying columns transformed, Commentaire kept
#   scrub  tests/bench/scrub.policy: the same, Commentaire scrubbed with
#          the row as context
# Printed: the whole-file MB/s of each, and scrub's own throughput in MB/s
# of free text (comment bytes / the time scrub adds), and the detectors
# alone on the comments (build/tests/scrub_spans -t); each from the wall
# time and from the CPU time (user + sys to the microsecond,
# tests/bench/cputime.py, which other load on a shared machine disturbs
# less).  With INSTR set (and valgrind installed), also the instructions
# scrub costs per byte of free text (callgrind, scrubbed minus plain
# export of a 3 MB file of the same kind): they do not move with the load.
# With BASE set, the
# code of issue 12's baseline (commit 3eaebb6, tests/bench/baseline.sh)
# runs the same file and policies in the same rounds, for issue 10's rule
# that scrubbing must not get slower.  With REPEAT set, each patient's row
# values stand on k consecutive rows (k from 1 to 20) with different
# comments, as in a table of stays or results (tests/bench/gen_repeat_rows.py):
# the same comments, the rows of a real export.
set -eu

BENCH_NAME=bench_scrub
# shellcheck source=tests/bench/lib.sh
. "$(dirname "$0")/lib.sh"
SIZE_MB=${1:-50}
CPU=$(($(nproc) - 1))
PIN=""
command -v taskset >/dev/null 2>&1 && PIN="taskset -c $CPU"

bench_number "$SIZE_MB" "[SIZE_MB]"

make -s -C "$ROOT" build/pseudonymize build/tests/scrub_spans >&2
SIDES="new"
NEW_BUILD="$BUILD_DIR"
if [ -n "${BASE:-}" ]; then
	BASE_BUILD=$(sh "$ROOT/tests/bench/baseline.sh")
	make -s -C "$BASE_BUILD/.." build/tests/scrub_spans >&2
	SIDES="base new"
fi
bench_scratch

python3 "$ROOT/tests/scrub/gen_corpus.py" --n 5000 --seed 7 > "$TMP/corpus.tsv"
if [ -n "${REPEAT:-}" ]; then
	python3 "$ROOT/tests/bench/gen_repeat_rows.py" "$TMP/corpus.tsv" \
	    "$TMP/repeat.tsv" 7
	mv "$TMP/repeat.tsv" "$TMP/corpus.tsv"
fi
python3 "$ROOT/tests/bench/gen_scrub_export.py" "$TMP/corpus.tsv" \
    "$TMP/export.csv" "$SIZE_MB"
TEXT=$(cat "$TMP/export.csv.text")
BYTES=$(wc -c < "$TMP/export.csv")

cp "$ROOT/tests/bench/scrub.policy" "$TMP/scrub.policy"
sed -e 's/^op = scrub$/op = keep/' -e '/^dates = shift$/d' \
    -e '/^digits = 8$/d' -e '/^suppress = default$/d' \
    "$TMP/scrub.policy" > "$TMP/plain.policy"
"$PSEUDO" keygen "$TMP/key"
cat "$TMP/export.csv" > /dev/null

build_of() { if [ "$1" = base ]; then echo "$BASE_BUILD"; else echo "$NEW_BUILD"; fi; }
now() { date +%s.%N; }
i=1
while [ "$i" -le "$RUNS" ]; do
	for side in $SIDES; do
		b=$(build_of $side)
		# The baseline has no -j (it is single-threaded).
		jobs=""
		[ "$side" = new ] && jobs="-j 1"
		for name in plain scrub; do
			t0=$(now)
			# shellcheck disable=SC2086
			python3 "$ROOT/tests/bench/cputime.py" "$TMP/cpu" \
			    $PIN "$b/pseudonymize" \
			    export $jobs -p "$TMP/$name.policy" -k "$TMP/key" \
			    "$TMP/export.csv" "$TMP/out.csv" 2>/dev/null
			t1=$(now)
			echo "$t0 $t1" | awk '{ printf "%.4f\n", $2 - $1 }' \
			    >> "$TMP/t.$side.$name"
			cat "$TMP/cpu" >> "$TMP/c.$side.$name"
			rm -f "$TMP/out.csv"
		done
		$PIN "$b/tests/scrub_spans" -t 10 < "$TMP/corpus.tsv" |
		    awk -F', ' '{ print $4 + 0 }' \
		    >> "$TMP/t.$side.alone"
	done
	i=$((i + 1))
done
med() { sort -n "$TMP/$1" | sed -n "$(((RUNS + 1) / 2))p"; }

echo "machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')," \
    "load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
[ -n "${REPEAT:-}" ] && echo "rows:    each patient's values on 1-20 consecutive rows (REPEAT)"
echo "file:    $BYTES bytes, of which $TEXT bytes of comments (9 columns," \
    "8 transformed); median of $RUNS runs, -j 1, pinned to CPU $CPU"
for side in $SIDES; do
	PLAIN=$(med t.$side.plain)
	SCRUB=$(med t.$side.scrub)
	ALONE=$(med t.$side.alone)
	CPLAIN=$(med c.$side.plain)
	CSCRUB=$(med c.$side.scrub)
	echo
	[ "$side" = base ] && echo "3eaebb6 (issue 12's baseline):" ||
	    echo "this code:"
	awk -v b="$BYTES" -v t="$TEXT" -v p="$PLAIN" -v s="$SCRUB" -v a="$ALONE" \
	    -v cp="$CPLAIN" -v cs="$CSCRUB" 'BEGIN {
		printf "  %-34s %8s %8s %8s %8s\n", "", "wall s", "MB/s", "cpu s",
		    "MB/cpu s"
		printf "  %-34s %8.2f %8.1f %8.2f %8.1f\n", "export, Commentaire kept",
		    p, b / 1e6 / p, cp, b / 1e6 / cp
		printf "  %-34s %8.2f %8.1f %8.2f %8.1f\n",
		    "export, Commentaire scrubbed", s, b / 1e6 / s, cs, b / 1e6 / cs
		printf "  %-34s %8.2f %8.1f %8.2f %8.1f\n",
		    "scrub alone (MB/s of free text)", s - p, t / 1e6 / (s - p),
		    cs - cp, t / 1e6 / (cs - cp)
		printf "  %-34s %8s %8.1f\n", "detectors alone (scrub_spans -t 10)", "", a
	}'
done

[ -n "${INSTR:-}" ] || exit 0
if ! command -v valgrind >/dev/null 2>&1; then
	echo "INSTR: valgrind is not installed" >&2
	exit 0
fi
python3 "$ROOT/tests/bench/gen_scrub_export.py" "$TMP/corpus.tsv" \
    "$TMP/small.csv" 3
TEXT3=$(cat "$TMP/small.csv.text")
instr() {
	valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 |
	    awk '/Collected/ { print $NF }'
}
echo
echo "instructions (callgrind, 3 MB file, $TEXT3 bytes of comments):"
for side in $SIDES; do
	b=$(build_of $side)
	jobs=""
	[ "$side" = new ] && jobs="-j 1"
	# shellcheck disable=SC2086
	IP=$(instr "$b/pseudonymize" export $jobs -p "$TMP/plain.policy" \
	    -k "$TMP/key" "$TMP/small.csv" "$TMP/out.csv")
	rm -f "$TMP/out.csv"
	# shellcheck disable=SC2086
	IS=$(instr "$b/pseudonymize" export $jobs -p "$TMP/scrub.policy" \
	    -k "$TMP/key" "$TMP/small.csv" "$TMP/out.csv")
	rm -f "$TMP/out.csv"
	awk -v s="$side" -v p="$IP" -v q="$IS" -v t="$TEXT3" 'BEGIN {
		f = "  %-8s plain %6.1f M  scrubbed %6.1f M  scrub %6.1f M"
		f = f "  (%.0f per byte of free text)\n"
		printf f, (s == "base" ? "3eaebb6" : "this"), p / 1e6, q / 1e6,
		    (q - p) / 1e6, (q - p) / t
	}'
done
