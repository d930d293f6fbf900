#!/bin/sh
# bench_scrub.sh: scrub throughput beside plain export throughput.
#
#   sh tests/bench/bench_scrub.sh [SIZE_MB]        (default 50)
#
# One synthetic export (';', UTF-8): the labeled corpus of
# tests/scrub/gen_corpus.py repeated up to SIZE_MB, with its row values
# (IPP, Nom, Prénom, NIR, Téléphone, Email, Adresse) and the comment.  Two
# policies over the same file, each run BENCH_RUNS times (median):
#   plain  the seven identifying columns transformed, Commentaire kept
#   scrub  the same, Commentaire scrubbed with the row as context
# Printed: the whole-file MB/s of each, and scrub's own throughput in MB/s
# of free text (comment bytes / the time scrub adds), and the detectors
# alone on the comments (build/tests/scrub_spans -t).
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
bench_scratch

python3 "$ROOT/tests/scrub/gen_corpus.py" --n 5000 --seed 7 > "$TMP/corpus.tsv"
python3 - "$TMP/corpus.tsv" "$TMP/export.csv" "$SIZE_MB" <<'PY'
import csv, sys
src, dst, mb = sys.argv[1], sys.argv[2], int(sys.argv[3])
rows = [l.rstrip("\n").split("\t") for l in open(src, encoding="utf-8")]
out = open(dst, "w", encoding="utf-8", newline="")
w = csv.writer(out, delimiter=";", lineterminator="\r\n")
w.writerow(["Nom", "Prénom", "NIR", "Téléphone", "Email", "Adresse", "IPP",
    "Date consultation", "Commentaire"])
size, i, text = 0, 0, 0
while size < mb * 1000000:
    r = rows[i % len(rows)]
    row = r[:7] + ["12/03/2021", r[7]]
    w.writerow(row)
    size += sum(len(c.encode()) for c in row) + 10
    text += len(r[7].encode())
    i += 1
out.close()
open(dst + ".text", "w").write(str(text))
PY
TEXT=$(cat "$TMP/export.csv.text")
BYTES=$(wc -c < "$TMP/export.csv")

policy() {	# COMMENT_OP_LINES
	cat <<POL
[project]
name = bench-scrub
patient = ipp
columns = fail
[file all]
match = *.csv
[column ipp]
headers = IPP
op = token
normalize = digits
identifies = id
[column nom]
headers = nom
op = fake
kind = last_name
identifies = last_name
[column prenom]
headers = prénom
op = fake
kind = first_name
identifies = first_name
[column nir]
headers = NIR
op = nir
identifies = nir
[column tel]
headers = téléphone
op = fake
kind = phone
identifies = phone
[column email]
headers = email
op = fake
kind = email
identifies = email
[column adresse]
headers = adresse
op = fake
kind = address
identifies = address
[column date]
headers = date consultation
op = date
mode = shift
[column com]
headers = commentaire
$1
POL
}
policy "op = keep" > "$TMP/plain.policy"
policy "op = scrub
dates = shift
digits = 8
suppress = default" > "$TMP/scrub.policy"
"$PSEUDO" keygen "$TMP/key"
cat "$TMP/export.csv" > /dev/null

now() { date +%s.%N; }
for name in plain scrub; do
	: > "$TMP/t.$name"
done
i=1
while [ "$i" -le "$RUNS" ]; do
	for name in plain scrub; do
		t0=$(now)
		$PIN "$PSEUDO" export -p "$TMP/$name.policy" -k "$TMP/key" \
		    "$TMP/export.csv" "$TMP/out.csv"
		t1=$(now)
		echo "$t0 $t1" | awk '{ printf "%.4f\n", $2 - $1 }' >> "$TMP/t.$name"
		rm -f "$TMP/out.csv"
	done
	i=$((i + 1))
done
med() { sort -n "$TMP/t.$1" | sed -n "$(((RUNS + 1) / 2))p"; }
PLAIN=$(med plain)
SCRUB=$(med scrub)
cut -f1-8 "$TMP/corpus.tsv" > /dev/null
ALONE=$($PIN "$ROOT/build/tests/scrub_spans" -t 10 < "$TMP/corpus.tsv")

echo "machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')"
echo "file:    $BYTES bytes, of which $TEXT bytes of comments (9 columns," \
    "8 transformed); median of $RUNS runs, pinned to CPU $CPU"
awk -v b="$BYTES" -v t="$TEXT" -v p="$PLAIN" -v s="$SCRUB" 'BEGIN {
	printf "%-34s %8s %8s\n", "", "seconds", "MB/s"
	printf "%-34s %8.2f %8.1f\n", "export, Commentaire kept", p, b / 1e6 / p
	printf "%-34s %8.2f %8.1f\n", "export, Commentaire scrubbed", s, b / 1e6 / s
	printf "%-34s %8.2f %8.1f\n", "scrub alone (MB/s of free text)", s - p,
	    t / 1e6 / (s - p)
}'
echo "detectors alone on the comments: $ALONE"
