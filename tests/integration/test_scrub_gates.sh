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
# speed48: the journey's words (C_TRAVEL, travel_place's gate) and the
# capitalized words name_anchor asks of (the lexicon before
# eponym_position): texts where a place follows a journey's word near
# and far, with names, ordinary capitalized words and first names beside
# them, in every mode, gated and ungated
python3 - > travel.tsv <<'PY'
import random
r = random.Random(48)
heads = ["Voyage a", "Retour de", "Sejour en", "Rentree de", "Part a",
    "Vacances a", "Travel to", "Holiday in", "Revenu de", "Parti en"]
places = ["Luang Prabang", "Colombo", "Bali", "Sada", "Dakar", "Lisbonne",
    "Tamatave", "Cork", "Hue", "Oran"]
names = ["Julie Marchal", "Paul Kerbrat", "Rose Vigneron", "Aissatou Paoli",
    "Jean Le Bihan", "Wojciech Kowalczyk", "Marie Dupont", "Li Na"]
words = ["Patient", "Bonne", "Douleur", "Vue", "Pas", "Rose", "Lucas",
    "Noel", "Martin", "Saint-Martin", "Leriche", "EVA 3/10", "stade II"]
for n in range(400):
    parts = []
    for _ in range(r.randint(2, 6)):
        k = r.randint(0, 3)
        if k == 0:
            parts.append(r.choice(heads) + " " + r.choice(places))
        elif k == 1:
            parts.append("vu avec " + r.choice(names))
        elif k == 2:
            parts.append(r.choice(words) + " " + r.choice(words).lower())
        else:
            parts.append("part pour les funerailles de sa mere a " +
                r.choice(places) if r.random() < 0.5 else
                r.choice(names) + " a appele")
    print("DUPONT\tMarie\t\t\t\t\t\t" + ", ".join(parts) + ".")
PY
for mode in "" "-r" "-n" "-r -n"; do
	# shellcheck disable=SC2086
	"$spans" $mode < travel.tsv > gated.out
	# shellcheck disable=SC2086
	"$nogates" $mode < travel.tsv > all.out
	check "journeys ${mode:-default}: spans found" \
	    test "$(grep -c : gated.out)" -gt 100
	check "journeys ${mode:-default}: same spans with every detector on every comment" \
	    cmp -s gated.out all.out
	# shellcheck disable=SC2086
	SCRUB_SPANS_BATCH=16 "$spans" $mode < travel.tsv > batch.out
	check "journeys ${mode:-default}: same spans over batches of 16" \
	    cmp -s gated.out batch.out
done
finish
