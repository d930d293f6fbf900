#!/bin/sh
# bench_scrub_scale.sh: scrub at scale (issue 12, item 6): throughput at
# 1 GB beside a small file, and memory per worker.
#
#   sh tests/bench/bench_scrub_scale.sh [SIZE_MB] [SMALL_MB]   (1000 and 30)
#
# The export of bench_scrub.sh (tests/bench/gen_scrub_export.py: the labeled
# corpus of tests/scrub/gen_corpus.py repeated, every value invented) under
# tests/bench/scrub.policy (the comment scrubbed with the row's values as
# context), at SMALL_MB and at SIZE_MB, exported with -j 1, -j 2 ... -j
# NPROC under GNU time: wall seconds, CPU seconds, MB/s of file, MB/s of
# free text (comment bytes over the whole export's wall time: the export,
# not the scrub alone; bench_scrub.sh separates them), peak RSS.  Page cache
# warm; BENCH_RUNS rounds (default 3 for the small file, 1 for the large:
# a 1 GB round takes minutes), median kept.  Memory per worker: the peak
# RSS at -j NPROC over the one-pass -j 1's, divided by NPROC (with more than
# one worker a file is cut into chunks, and each worker may hold two
# chunks' view bytes).  The outputs of every -j are compared byte for byte.
# shellcheck disable=SC2086
set -eu
BENCH_NAME=bench_scrub_scale
# shellcheck source=tests/bench/lib.sh
. "$(dirname "$0")/lib.sh"
SIZE_MB=${1:-1000}
SMALL_MB=${2:-30}
NPROC=$(nproc)
for v in "$SIZE_MB" "$SMALL_MB"; do
	bench_number "$v" "[SIZE_MB] [SMALL_MB]"
done
make -s -C "$ROOT" build/pseudonymize >&2
bench_scratch

python3 "$ROOT/tests/scrub/gen_corpus.py" --n 5000 --seed 7 > "$TMP/corpus.tsv"
"$PSEUDO" keygen "$TMP/key" >/dev/null

run() {	# NAME RUNS FILE JOBS: RUNS timed exports, "wall cpu rss" per line
	: > "$TMP/t.$1"
	k=1
	while [ $k -le "$2" ]; do
		rm -f "$TMP/out.csv"
		/usr/bin/time -f "%e %U %S %M" -o "$TMP/time" "$PSEUDO" export -q \
		    -j "$4" -p "$ROOT/tests/bench/scrub.policy" -k "$TMP/key" \
		    "$3" "$TMP/out.csv" || { say "export failed"; exit 1; }
		tail -n 1 "$TMP/time" | awk '{ print $1, $2 + $3, $4 }' >> "$TMP/t.$1"
		k=$((k + 1))
	done
	if [ "$4" -eq 1 ]; then
		mv "$TMP/out.csv" "$TMP/ref.csv"
	else
		cmp -s "$TMP/ref.csv" "$TMP/out.csv" ||
		    { say "-j $4 differs from -j 1"; exit 1; }
	fi
}

med() {	# NAME FIELD
	cut -d' ' -f"$2" "$TMP/t.$1" | sort -n |
	    sed -n "$((($(wc -l < "$TMP/t.$1") + 1) / 2))p"
}

echo "machine: $NPROC CPUs, $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')"
for mb in "$SMALL_MB" "$SIZE_MB"; do
	say "generating $mb MB"
	rm -f "$TMP/export.csv"
	python3 "$ROOT/tests/bench/gen_scrub_export.py" "$TMP/corpus.tsv" \
	    "$TMP/export.csv" "$mb"
	bytes=$(wc -c < "$TMP/export.csv")
	text=$(cat "$TMP/export.csv.text")
	runs=${BENCH_RUNS:-$([ "$mb" -ge 200 ] && echo 1 || echo 3)}
	cat "$TMP/export.csv" > /dev/null
	j=1
	while [ $j -le "$NPROC" ]; do
		say "$mb MB, -j $j, $runs run(s), load $(cut -d' ' -f1 /proc/loadavg)"
		run "j$j" "$runs" "$TMP/export.csv" $j
		j=$((j + 1))
	done
	echo
	echo "$bytes bytes ($text bytes of comments), median of $runs," \
	    "load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
	printf "  %-6s %8s %8s %9s %12s %9s\n" "run" "wall s" "cpu s" "MB/s" \
	    "text MB/s" "RSS MiB"
	j=1
	while [ $j -le "$NPROC" ]; do
		echo "-j$j $(med j$j 1) $(med j$j 2) $(sort -n -k3 "$TMP/t.j$j" |
		    tail -n 1 | cut -d' ' -f3)"
		j=$((j + 1))
	done | awk -v bytes="$bytes" -v text="$text" '
	{
		printf "  %-6s %8.2f %8.2f %9.1f %12.1f %9.1f\n", $1, $2, $3,
		    bytes / 1e6 / $2, text / 1e6 / $2, $4 / 1024
		rss[NR] = $4
	}
	END {
		# -j 1 exports in one pass; more workers share 4 MB chunks,
		# each worker holding up to two chunks of view bytes.
		if (NR > 1)
			printf "  peak RSS over -j 1, per worker at -j %d: %.1f MiB\n",
			    NR, (rss[NR] - rss[1]) / NR / 1024
	}'
	rm -f "$TMP/export.csv" "$TMP/ref.csv" "$TMP/out.csv"
done
echo
echo "text MB/s: comment bytes / wall time of the whole export."
