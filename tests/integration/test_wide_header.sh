#!/bin/sh
# Headers wider than the sniffer's first 64 KiB (issue 9, section 2): the
# delimiter is decided from the whole header, never guessed from part of it;
# a header past the 64 MiB limit fails the file (exporter exit 1, EIO on the
# mount) with an error naming the file.  The exporter and a real mount.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/mountlib.sh"
cd "$work"
gen="$top/tests/gen/gen_wide.py"

"$bin" keygen key
mkdir src
# 30,000 columns, about 270 KB of header; and a 4 MB header.
python3 "$gen" src/wide.csv 30000 8 3
python3 "$gen" src/wide4mb.csv 30000 130 2
cat > keep.policy <<'P'
[project]
name = wide
columns = keep
[file all]
match = wide*.csv
[column ipp]
headers = IPP
op = token
prefix = P-
[column nom]
headers = nom
op = fake
kind = last_name
[column nir]
headers = NIR
op = nir
output = nir
P
sed 's/^columns = keep/columns = drop/' keep.policy > drop.policy

# No raw identifier, in any written form the generator uses.  The IPPs
# (7731942...) as whole numbers: a pseudonymous NIR is 13 random digits,
# and 77319NN inside one is nobody's IPP (about one run in 10,000 drew
# it: 3 of 2,000 fake NIRs held 773NNNN, flake27).
raw_free() { ! grep -rqE 'ZORGLUBIEN|(^|[^0-9])77319[0-9][0-9]([^0-9]|$)|18402751234' "$@"; }

"$bin" export -p keep.policy -k key src keep_out
check "columns = keep: the 30,000-column export succeeds" test -s keep_out/wide.csv
check "columns = keep: no raw IPP, name or NIR in the export" raw_free keep_out
check "columns = keep: the delimiter is ';' (30,000 columns, not one)" \
    sh -c "head -1 keep_out/wide.csv | awk -F';' '{exit !(NF == 30000)}'"
check "columns = keep: every row keeps its 30,000 fields" \
    sh -c "awk -F';' 'NF != 30000 {bad=1} END {exit bad}' keep_out/wide.csv"

"$bin" export -p drop.policy -k key src/wide4mb.csv drop_out.csv
check "columns = drop, 4 MB header: the view holds the named columns" \
    sh -c "head -1 drop_out.csv | grep -qx 'IPP;Nom;NIR'"
check "columns = drop, 4 MB header: one view row per record" \
    test "$(wc -l < drop_out.csv)" -eq 3
check "columns = drop, 4 MB header: no raw value" raw_free drop_out.csv

# Past the limit: an error naming the file, no output, exit 1.
mkdir huge
python3 "$gen" huge/wide_huge.csv 700000 96 1
check_not "a header over 64 MiB fails the export" \
    "$bin" export -p keep.policy -k key huge/wide_huge.csv huge_out.csv 2>huge.err
check "its error names the file and the limit" \
    grep -q "wide_huge.csv: line 1: header longer than 64 MiB" huge.err
check "no output file is left" test ! -e huge_out.csv

# The mount serves the same bytes, and EIO past the limit.
mv huge/wide_huge.csv src/
opts="-o policy=$work/keep.policy,key=$work/key"
check "pseudonymfs mounts" mount_view src mnt fs.log $opts || finish
check "the mount serves the exporter's bytes for the wide header" cmp mnt/wide.csv keep_out/wide.csv
check "and for the 4 MB header" cmp mnt/wide4mb.csv keep_out/wide4mb.csv
check "no raw value through the mount" raw_free mnt/wide.csv mnt/wide4mb.csv
check "a header over 64 MiB gives EIO on the mount" \
    sh -c "cat mnt/wide_huge.csv 2>&1 >/dev/null | grep -q 'Input/output error'"
check "the log names the view file and the limit" \
    grep -q "wide_huge.csv: line 1: header longer than 64 MiB" fs.log
check "the log holds no raw value" raw_free fs.log
check "pseudonymfs unmounts cleanly" unmount_view mnt fs.log
check_nothing_left
finish
