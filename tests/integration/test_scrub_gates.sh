#!/bin/sh
# The scrub detectors skip a comment that holds none of the words they
# start from (src/detect.c, comment_has and has_span_kind: no title, no
# month, no street word...), for speed.  Skipping must change nothing: the
# spans of build/tests/scrub_spans and of scrub_spans_nogates (the same
# detectors run on every comment) are compared on three corpora, in the
# four modes (default, recall first, without row values, both).  A rule
# added to a detector that starts from another word breaks this test
# until its comment_has line says so.  The same spans again from
# detect_run_many (every rule over a batch of comments before the next
# rule: scrub ahead's way), in batches of 16 and of 5.
. "$(dirname "$0")/lib.sh"
cd "$work"

spans="$top/${BUILD:-build}/tests/scrub_spans"
nogates="$top/${BUILD:-build}/tests/scrub_spans_nogates"
python3 "$top/tests/scrub/gen_corpus.py" --n 1500 --seed 21 > gen.tsv
python3 "$top/tests/scrub/indep_corpus.py" --n 1500 --seed 22 > indep.tsv
python3 "$top/tests/scrub/heldout_corpus.py" --n 1500 --seed 1 > heldout.tsv
for c in gen indep heldout; do
	for mode in "" "-r" "-n" "-r -n"; do
		# shellcheck disable=SC2086
		"$spans" $mode < $c.tsv > gated.out
		# shellcheck disable=SC2086
		"$nogates" $mode < $c.tsv > all.out
		check "$c corpus ${mode:-default}: spans found" \
		    test "$(grep -c : gated.out)" -gt 100
		check "$c corpus ${mode:-default}: same spans with every detector on every comment" \
		    cmp -s gated.out all.out
		# detect_run_many: each rule over a batch before the next
		# shellcheck disable=SC2086
		SCRUB_SPANS_BATCH=16 "$spans" $mode < $c.tsv > batch.out
		check "$c corpus ${mode:-default}: same spans rule by rule over batches of 16" \
		    cmp -s gated.out batch.out
		# shellcheck disable=SC2086
		SCRUB_SPANS_BATCH=5 "$spans" $mode < $c.tsv > batch.out
		check "$c corpus ${mode:-default}: same spans over batches of 5" \
		    cmp -s gated.out batch.out
	done
done
finish
