#!/bin/sh
# bench_cycles.sh: the detectors' modelled cycles, this tree beside 3eaebb6.
#
#   sh tests/bench/bench_cycles.sh [N_COMMENTS]     (default 5000)
#
# The machine this project is measured on is a VM without hardware
# counters, and the scrub's wall-clock figures move by 10% with the load
# of the other sessions.  callgrind's cache and branch simulation is
# deterministic: a pass of the bench corpus (gen_corpus.py --seed 7) =
# (the counts of `scrub_spans -t 3` - those of `-t 1`) / 2, so the start
# (the dictionary's image, the first fill of the caches) cancels out.
# Printed per pass: instructions (Ir), L1 instruction and data misses,
# last-level misses, conditional and indirect branches mispredicted, and
# a cycle model: Ir/3 + 12 * L1 misses + 100 * LL misses + 20 *
# mispredictions (docs/performance.md, "the gap is in cycles a
# instruction").  For this tree, comment by comment and in batches of 32
# (SCRUB_SPANS_BATCH, the exporter's path); 3eaebb6 has no batches.
# Needs valgrind (apt-get install valgrind); a few minutes.
set -eu

BENCH_NAME=bench_cycles
# shellcheck source=tests/bench/lib.sh
. "$(dirname "$0")/lib.sh"
N=${1:-5000}
bench_number "$N" "[N_COMMENTS]"
command -v valgrind >/dev/null 2>&1 || die "valgrind is not installed"

make -s -C "$ROOT" build/tests/scrub_spans >&2
BASE_BUILD=$(sh "$ROOT/tests/bench/baseline.sh")
make -s -C "$BASE_BUILD/.." build/tests/scrub_spans >&2
bench_scratch
python3 "$ROOT/tests/scrub/gen_corpus.py" --n "$N" --seed 7 > "$TMP/corpus.tsv"

# counts BIN T [BATCH]: callgrind's totals of `BIN -t T` over the corpus
counts() {
	if [ -n "${3:-}" ]; then
		SCRUB_SPANS_BATCH=$3 valgrind --tool=callgrind --cache-sim=yes \
		    --branch-sim=yes --callgrind-out-file=/dev/null "$1" -t "$2" \
		    < "$TMP/corpus.tsv" 2>&1 >/dev/null
	else
		valgrind --tool=callgrind --cache-sim=yes --branch-sim=yes \
		    --callgrind-out-file=/dev/null "$1" -t "$2" \
		    < "$TMP/corpus.tsv" 2>&1 >/dev/null
	fi | sed -n 's/.*Collected : //p'
}

# row LABEL BIN [BATCH]: one line of the table
row() {
	c1=$(counts "$2" 1 "${3:-}")
	c3=$(counts "$2" 3 "${3:-}")
	echo "$c1 $c3" | awk -v l="$1" '{
		# Ir Dr Dw I1mr D1mr D1mw ILmr DLmr DLmw Bc Bcm Bi Bim, twice
		for (i = 1; i <= 13; i++) p[i] = ($(i + 13) - $i) / 2 / 1e6
		l1 = p[4] + p[5] + p[6]; ll = p[7] + p[8] + p[9]; bm = p[11] + p[13]
		m = p[1] / 3 + 12 * l1 + 100 * ll + 20 * bm
		printf "  %-34s %8.2f %7.3f %7.3f %7.4f %7.3f %9.2f\n", l, p[1], p[4], \
		    p[5] + p[6], ll, bm, m
	}'
}

echo "a pass of $N comments (gen_corpus.py --seed 7), millions:"
printf "  %-34s %8s %7s %7s %7s %7s %9s\n" "" "Ir" "I1 miss" "D1 miss" \
    "LL miss" "mispred" "model cyc"
row "3eaebb6, comment by comment" "$BASE_BUILD/tests/scrub_spans"
row "this, comment by comment" "$BUILD_DIR/tests/scrub_spans"
row "this, batches of 32" "$BUILD_DIR/tests/scrub_spans" 32
