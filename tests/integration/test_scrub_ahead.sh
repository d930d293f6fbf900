#!/bin/sh
# The view finds the spans of the scrubbed cells of up to 32 records at a
# time, ahead of transforming them (src/view.c, scrub_ahead), and the
# reader takes those records split already.  Nothing of a row may depend
# on that: a file of 2,500 rows (over 256 KiB: the read buffer is refilled
# and the pass cut at its end several times), with blank lines and rows
# of empty comments among them, scrubbed whole, must give for each row
# exactly what the row gives scrubbed alone (a file of its header and that
# row, where no other record is read ahead), and the same with -j 3.
. "$(dirname "$0")/lib.sh"
cd "$work"

python3 "$top/tests/scrub/gen_corpus.py" --n 2500 --seed 31 > corpus.tsv
python3 "$top/tests/bench/gen_scrub_export.py" corpus.tsv gen.csv 0.7
cp "$top/tests/bench/scrub.policy" scrub.policy
"$bin" keygen key > /dev/null
# Every 97th row followed by a blank line, every 89th with its comment
# emptied: records the pass reads and scrubs nothing of.
python3 - <<'EOF2'
import csv
rows = list(csv.reader(open("gen.csv", encoding="utf-8", newline=""),
    delimiter=";"))
out = open("in.csv", "w", encoding="utf-8", newline="")
w = csv.writer(out, delimiter=";", lineterminator="\r\n")
for i, r in enumerate(rows):
    if i > 0 and i % 89 == 0:
        r[-1] = ""
    w.writerow(r)
    if i > 0 and i % 97 == 0:
        out.write("\r\n")
EOF2
check "the file is larger than the read buffer (256 KiB)" \
    test "$(wc -c < in.csv)" -gt 600000
check "export, -j 1" "$bin" export -j 1 -p scrub.policy -k key in.csv all.csv
check "comments scrubbed (placeholders and pseudonyms)" \
    test "$(grep -c '\[NOM\]\|\[DATE\]\|\[TEL\]' all.csv)" -gt 500
check "every record out" test "$(wc -l < all.csv)" -eq "$(wc -l < in.csv)"

# Rows alone: every 23rd line, blank lines included.
head -1 in.csv > header.csv
n=$(wc -l < in.csv)
same=1
i=2
while [ "$i" -le "$n" ]; do
	{ cat header.csv; sed -n "${i}p" in.csv; } > one.csv
	"$bin" export -j 1 -p scrub.policy -k key one.csv one.out 2>/dev/null ||
	    same=0
	if [ "$(sed -n 2p one.out)" != "$(sed -n "${i}p" all.csv)" ]; then
		echo "row $i differs from the row scrubbed alone"
		same=0
	fi
	i=$((i + 23))
done
check "each row as scrubbed alone" test "$same" -eq 1

check "export, -j 3" "$bin" export -j 3 -p scrub.policy -k key in.csv j3.csv
check "-j 3 gives the same bytes" cmp -s all.csv j3.csv

# The same rows in Windows-1252: their values and cells are decoded into
# the reader's buffers, which the next field overwrites, and the pass
# copies them (ahead_copy; a UTF-8 file's unquoted ones it reads where
# they are).  Each row as scrubbed alone again, every 61st.
python3 - <<'EOF2'
data = open("in.csv", encoding="utf-8", newline="").read()
open("w1252.csv", "wb").write(data.encode("cp1252", errors="replace"))
EOF2
check "export of the Windows-1252 file, -j 1" "$bin" export -j 1 \
    -p scrub.policy -k key w1252.csv wall.csv
check "its comments scrubbed" \
    test "$(grep -c '\[NOM\]\|\[DATE\]\|\[TEL\]' wall.csv)" -gt 500
head -1 w1252.csv > wheader.csv
n=$(wc -l < w1252.csv)
same=1
i=2
while [ "$i" -le "$n" ]; do
	{ cat wheader.csv; sed -n "${i}p" w1252.csv; } > one.csv
	"$bin" export -j 1 -p scrub.policy -k key one.csv one.out 2>/dev/null ||
	    same=0
	if [ "$(sed -n 2p one.out)" != "$(sed -n "${i}p" wall.csv)" ]; then
		echo "row $i (Windows-1252) differs from the row scrubbed alone"
		same=0
	fi
	i=$((i + 61))
done
check "each row as scrubbed alone (Windows-1252)" test "$same" -eq 1

# Three scrubbed columns, each with its own rule (scrub_ahead_batch finds
# each column's cells together, then puts them back in record order):
# "Note", another row's comment (empty in every 9th row), digits = 6, and
# "Remarque", a third row's cut short (empty in every 5th), dates
# shifted; every 7th row stops before Remarque (ragged = pad).
python3 - <<'EOF2'
import csv
rows = list(csv.reader(open("in.csv", encoding="utf-8", newline=""),
    delimiter=";"))
recs = [i for i, r in enumerate(rows) if i > 0 and r]
out = open("multi.csv", "w", encoding="utf-8", newline="")
w = csv.writer(out, delimiter=";", lineterminator="\r\n")
w.writerow(rows[0][:1] + ["Note"] + rows[0][1:] + ["Remarque"])
for i, r in enumerate(rows):
    if i == 0:
        continue
    if not r:
        out.write("\r\n")
        continue
    note = rows[recs[(i * 7 + 3) % len(recs)]][-1] if i % 9 else ""
    rem = rows[recs[(i * 11 + 1) % len(recs)]][-1][:70] if i % 5 else ""
    row = r[:1] + [note] + r[1:]
    if i % 7:
        row.append(rem)
    w.writerow(row)
EOF2
{ sed 's/^match = \*\.csv$/&\nragged = pad/' scrub.policy
  printf '%s\n' '[column note]' 'headers = note' 'op = scrub' 'digits = 6' \
    '[column remarque]' 'headers = remarque' 'op = scrub' 'dates = shift'
} > multi.policy
check "three scrubbed columns, -j 1" "$bin" export -j 1 -p multi.policy \
    -k key multi.csv mall.csv
check "every record out (three columns)" \
    test "$(wc -l < mall.csv)" -eq "$(wc -l < multi.csv)"
head -1 multi.csv > mheader.csv
n=$(wc -l < multi.csv)
same=1
i=2
while [ "$i" -le "$n" ]; do
	{ cat mheader.csv; sed -n "${i}p" multi.csv; } > one.csv
	"$bin" export -j 1 -p multi.policy -k key one.csv one.out 2>/dev/null ||
	    same=0
	if [ "$(sed -n 2p one.out)" != "$(sed -n "${i}p" mall.csv)" ]; then
		echo "row $i (three columns) differs from the row scrubbed alone"
		same=0
	fi
	i=$((i + 23))
done
check "each row as scrubbed alone (three columns)" test "$same" -eq 1
check "export, -j 3 (three columns)" "$bin" export -j 3 -p multi.policy \
    -k key multi.csv mj3.csv
check "-j 3 gives the same bytes (three columns)" cmp -s mall.csv mj3.csv
finish
