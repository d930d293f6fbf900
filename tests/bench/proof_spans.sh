#!/bin/sh
# proof_spans.sh: the scrub's spans over every corpus the project has, as
# one md5 a (corpus, mode, batch), for a speed change to show it changed no
# span.
#
#   sh tests/bench/proof_spans.sh BIN OUT      (BIN: a build's scrub_spans)
#   diff OUT-of-the-baseline OUT-of-the-change (empty: the same spans)
#
# Corpora: gen_corpus.py (seeds 1-4, 2026), indep_corpus.py (seed 5),
# heldout_corpus.py (seeds 1, 1000), every hand-row file of tests/scrub/
# (both halves: the md5 only, nobody reads a frozen row's spans here); modes:
# default, -r (recall first), -n (no row values), -w (weeks); batches: one
# comment at a time and SCRUB_SPANS_BATCH=32 (the exporter's path).  About
# 15 s on two cores; not in test.
set -eu
[ $# -eq 2 ] || { echo "usage: proof_spans.sh SCRUB_SPANS OUT" >&2; exit 2; }
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
out=$2
top=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d /tmp/proof_spans.XXXXXX)
trap 'rm -rf "$tmp"' EXIT INT TERM
s=$top/tests/scrub
for seed in 1 2 3 4 2026; do
	python3 "$s/gen_corpus.py" --n 2000 --seed $seed > "$tmp/gen$seed.tsv"
done
python3 "$s/indep_corpus.py" --n 2000 --seed 5 > "$tmp/indep5.tsv"
python3 "$s/heldout_corpus.py" --n 1500 --seed 1 > "$tmp/heldout1.tsv"
python3 "$s/heldout_corpus.py" --n 1500 --seed 1000 > "$tmp/heldout1000.tsv"
for f in "$s"/*rows*.txt; do
	b=$(basename "$f" .txt)
	python3 "$s/heldout_corpus.py" --rows "$f" > "$tmp/$b.tsv" 2>/dev/null ||
	    rm -f "$tmp/$b.tsv"
done
: > "$out"
for c in "$tmp"/*.tsv; do
	for mode in "" -r -n -w; do
		for batch in 1 32; do
			if [ "$batch" = 1 ]; then
				h=$("$bin" $mode < "$c" | md5sum | cut -c1-32)
			else
				h=$(SCRUB_SPANS_BATCH=32 "$bin" $mode < "$c" |
				    md5sum | cut -c1-32)
			fi
			echo "$(basename "$c" .tsv) ${mode:-default} $batch $h" >> "$out"
		done
	done
done
sort -o "$out" "$out"
echo "proof_spans: $(wc -l < "$out") md5s in $out" >&2
