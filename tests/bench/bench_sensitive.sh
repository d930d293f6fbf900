#!/bin/sh
# The cost of the analysis and drug rules (docs/performance.md): the lab
# results and prescriptions of the samples repeated to about SIZE_MB each,
# exported with the sensitive columns kept as they are, then through the
# lexicon (analysis with linked cells; drug with drop_row, then level =
# atc4).  Prints MB/s of source for each.  Usage:
#   BUILD=build sh tests/bench/bench_sensitive.sh [SIZE_MB]
set -eu
BENCH_NAME=bench_sensitive
# shellcheck source=tests/bench/lib.sh
. "$(dirname "$0")/lib.sh"
size=${1:-20}
bench_scratch_key
for f in labo/resultats.tsv prescriptions.csv; do
	out=$(basename "$f")
	head -1 "$ROOT/conf/samples/$f" > "$out"
	body=$(mktemp)
	tail -n +2 "$ROOT/conf/samples/$f" > "$body"
	while [ "$(wc -c < "$out")" -lt $((size * 1000000)) ]; do
		cat "$body" >> "$out"
	done
	rm -f "$body"
done
mkp() {	# mkp ANALYSE_OPTS DRUG_OPTS
	cat <<POL
[project]
name = bench
[file labo]
match = *.tsv
[file rx]
match = *.csv
[column ipp]
headers = IPP
op = token
normalize = digits
[column analyse]
headers = Analyse
$1
[column resultat]
headers = Valeur, Unité
op = keep
[column med]
headers = Médicament
$2
[column poso]
headers = Posologie
op = keep
POL
}
mkp "op = keep" "op = keep" > keep.policy
mkp "op = analysis
linked = resultat" "op = drug
action = drop_row
linked = poso" > lex.policy
mkp "op = analysis" "op = drug
level = atc4" > atc.policy
run() {	# run POLICY FILE
	s=$(date +%s.%N)
	"$PSEUDO" export -q -p "$1" -k key --as "$2" "$2" /dev/null
	e=$(date +%s.%N)
	python3 -c "import sys; b=int(sys.argv[3]); t=float(sys.argv[2])-float(sys.argv[1]); print('%-12s %-16s %6.1f MB in %5.2f s: %6.1f MB/s' % (sys.argv[4], sys.argv[5], b/1e6, t, b/1e6/t))" "$s" "$e" "$(wc -c < "$2")" "$1" "$2"
}
for p in keep.policy lex.policy atc.policy; do
	run $p resultats.tsv
	run $p prescriptions.csv
done
