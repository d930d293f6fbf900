#!/bin/sh
# Gzip sources (issue 15 item 2): X.csv.gz is shown as X.csv, its view made
# from the decompressed bytes with exact sizes and random access through
# inflate access points; export and mount agree with the export of the
# decompressed files; corrupt or truncated data is EIO with a clear log line
# and no raw byte; export --gzip writes compressed views.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/mountlib.sh"
cd "$work"
policy="$top/conf/example.policy"
checks="$top/tests/integration/mount_checks.py"

"$bin" keygen key
mkdir plain
cp -r "$top/conf/samples/." plain/
# Several MB, so reads cross many access points (1 MiB apart).
python3 "$top/tests/gen/gen_exports.py" --bench-patients plain/patients_big.csv --size-mb 6 > /dev/null
"$bin" export -p "$policy" -k key plain ref
cp -r plain gz
gzip gz/patients.csv gz/labo/resultats.tsv gz/export_*.csv
# Two gzip members (gzip -c a b > c), cut at a record boundary.
python3 - gz/patients_big.csv <<'PY'
import gzip, sys
p = sys.argv[1]
data = open(p, "rb").read()
cut = data.index(b"\n", len(data) // 3) + 1
with open(p + ".gz", "wb") as f:
    f.write(gzip.compress(data[:cut], 6))
    f.write(gzip.compress(data[cut:], 9))
PY
rm gz/patients_big.csv

# ---- export ----
check "export of gzip sources" "$bin" export -p "$policy" -k key gz out
check "... equals the export of the decompressed files (names without .gz)" diff -r out ref
mkdir one
check "a single .gz file is matched and named as the plain file" sh -c "'$bin' export -p '$policy' -k key gz/patients.csv.gz one && cmp -s one/patients.csv ref/patients.csv"
check "export --gzip" "$bin" export -p "$policy" -k key --gzip gz gzout
check "... writes NAME.gz" test -f gzout/labo/resultats.tsv.gz
check "... whose bytes decompress to the export" sh -c "for f in \$(cd ref && find . -type f); do zcat gzout/\$f.gz | cmp -s - ref/\$f || exit 1; done"
cp -r ref upd
check "--gzip --update -j 3 over an uncompressed export" "$bin" export -p "$policy" -k key --gzip --update -j 3 gz upd
check "... leaves only NAME.gz files, equal to the export" sh -c "test -z \"\$(find upd -type f ! -name '*.gz')\" && for f in \$(cd ref && find . -type f); do zcat upd/\$f.gz | cmp -s - ref/\$f || exit 1; done"
check "... and a second --update keeps them" sh -c "'$bin' export -p '$policy' -k key --gzip --update gz upd && test \$(find upd -type f | wc -l) -eq \$(find ref -type f | wc -l)"
check_not "--gzip is refused for chunks" "$bin" export -p "$policy" -k key --gzip --as patients.csv --header-line 'IPP;Nom' - - </dev/null
check "check reads gzip sources" sh -c "'$bin' check -p '$policy' -k key gz > check.out; test \$? -ne 1 && grep -q 'resultats.tsv' check.out"

# ---- mount ----
check "pseudonymfs mounts gzip sources" mount_view gz mnt fs.log -o "policy=$policy,key=$work/key" || finish
check "the view lists X.csv for X.csv.gz" sh -c "cd mnt && find . | sort > ../a; cd ../ref && find . | sort > ../b; cmp -s ../a ../b"
check "every file equals the export of the decompressed source" diff -r mnt ref
check "stat size equals bytes read" python3 "$checks" sizes mnt
check "random preads equal the export" python3 "$checks" oracle mnt ref 20261203 600
check "4 concurrent readers get the same bytes" python3 "$checks" readers mnt ref 4
check "the name with .gz is not shown" test ! -e mnt/patients.csv.gz
check "... nor reachable by its name" sh -c "! cat mnt/labo/resultats.tsv.gz >/dev/null 2>&1"

# X.csv and X.csv.gz side by side: one name, the plain file.
printf 'IPP;Nom\n1;PLAINTWIN\n' > gz/patients_twin.csv
printf 'IPP;Nom\n1;GZTWIN\n' | gzip > gz/patients_twin.csv.gz
"$bin" export -p "$policy" -k key gz/patients_twin.csv twin_ref.csv
sleep 1.2
check "X.csv beside X.csv.gz: one entry" test "$(ls mnt | grep -c '^patients_twin')" -eq 1
check "... the plain file" cmp -s mnt/patients_twin.csv twin_ref.csv

# ---- corrupt and truncated ----
python3 - gz/patients.csv.gz gz/patients_corrupt.csv.gz gz/patients_truncated.csv.gz <<'PY'
import sys
data = bytearray(open(sys.argv[1], "rb").read())
bad = bytearray(data)
for i in range(len(bad) // 2, len(bad) // 2 + 64):
    bad[i] ^= 0x5a
open(sys.argv[2], "wb").write(bad)
open(sys.argv[3], "wb").write(data[:len(data) * 2 // 3])
PY
printf 'IPP;Nom\n1;NOTGZIPAFTERALL\n' > gz/patients_notgz.csv.gz
sleep 1.2
check "a corrupt gzip source: EIO" sh -c "cat mnt/patients_corrupt.csv 2>&1 | grep -q 'Input/output error'"
check "... and the log says so, naming the view file" grep -q "patients_corrupt.csv: line [0-9]*: the gzip data is corrupt" fs.log
check "... as its user.pseudonymfs.error" sh -c "getfattr --only-values -n user.pseudonymfs.error mnt/patients_corrupt.csv | grep -q 'the gzip data is corrupt'"
check "a truncated gzip source: EIO" sh -c "cat mnt/patients_truncated.csv 2>&1 | grep -q 'Input/output error'"
check "... and the log says it is truncated" grep -q "patients_truncated.csv: line [0-9]*: the gzip data is truncated" fs.log
check "the log holds no raw byte" python3 - fs.log gz/patients.csv.gz <<'PY'
import gzip, sys
log = open(sys.argv[1], "rb").read()
src = gzip.decompress(open(sys.argv[2], "rb").read()).decode("utf-8-sig")
cells = {c for line in src.splitlines()[1:] for c in line.split(";") if len(c) >= 6}
leaked = [c for c in cells if c.encode() in log]
sys.exit(1 if leaked or not log.isascii() else 0)
PY
check "a .gz name over plain text is read as plain text" grep -q NOTGZIP gz/patients_notgz.csv.gz
check "... and shown through the policy" sh -c "test -s mnt/patients_notgz.csv && ! grep -q NOTGZIPAFTERALL mnt/patients_notgz.csv"
check "unmounts" unmount_view mnt fs.log

"$bin" export -p "$policy" -k key gz/patients_corrupt.csv.gz corrupt_out.csv 2> export.err
check "the exporter fails on a corrupt gzip source" test $? -ne 0
check "... saying why" has export.err "the gzip data is corrupt"
check "... and writes no output" test ! -e corrupt_out.csv

# ---- reveal reads gzip sources too ----
tok=$(sed -n 2p ref/patients.csv | cut -d';' -f1)
raw=$(zcat gz/patients.csv.gz | sed -n 2p | cut -d';' -f1)
rm -f gz/patients_corrupt.csv.gz gz/patients_truncated.csv.gz
check "reveal finds a row of a gzip source" sh -c "'$bin' reveal --audit rv.audit -p '$policy' -k key -o rev.txt gz '$tok' && grep -q '^$tok: patients.csv.gz, line 2' rev.txt && grep -q '	IPP: $raw\$' rev.txt"

check_nothing_left
finish
