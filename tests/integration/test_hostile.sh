#!/bin/sh
# Source files shaped to trip the reader (tests/gen/gen_hostile.py: quoted,
# odd and duplicate headers, a header twice, a quoted name over 60 lines, a
# 1.6 MB cell, Windows-1252, an invalid NIR, a one-field header over ';'
# records, extra cells with ragged = pad, CR-only and mixed line ends, NUL
# bytes, UTF-16, broken quoting), and a source tree with a FIFO, a device,
# links to /etc, a link loop and extended attributes.  No raw value may come
# out: not in the export, the mount, a message, the daemon's log, the audit
# file, check's report or an xattr; what cannot be parsed fails whole
# (exit 1, EIO); nothing blocks on a FIFO.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/mountlib.sh"
cd "$work"

"$bin" keygen key > /dev/null
{ cat <<'P'
[project]
name = hostile-test

[file patients]
match = patients_*.csv, bad_*.csv

[file pad]
match = pad_*.csv
ragged = pad

[file exports]
match = export_*
rename = token
prefix = export_

P
policy_columns ipp nom sexe
cat <<'P'
[column prenom]
headers = prénom
op = fake
kind = first_name

[column nir]
headers = NIR
op = nir
output = nir

[column tel]
headers = téléphone
op = fake
kind = phone
P
} > policy
python3 "$top/tests/gen/gen_hostile.py" src
mkdir -p outside
printf 'IPP;Nom\n1;ZORGLUOUT\n' > outside/patients_out.csv
ln -s "$work/outside/patients_out.csv" src/patients_abs.csv
ln -s /etc src/patients_etc.csv
ln -s /etc/passwd src/patients_passwd.csv
ln -s patients_loop2.csv src/patients_loop1.csv
ln -s patients_loop1.csv src/patients_loop2.csv
mkfifo src/patients_fifo.csv
mknod src/patients_null.csv c 1 3 2>/dev/null || :
# Kept names (rename = keep) that are listed names written with an
# apostrophe or as two words: refused like patients_DUPONT.csv.
printf 'IPP;Nom\n1022;Durand\n' > "src/patients_N'DIAYE.csv"
printf 'IPP;Nom\n1023;Durand\n' > "src/patients_LE GALL.csv"
printf 'IPP;Nom\n1024;Durand\n' > "src/patients_Da_Silva.csv"
# A birth date with a two-digit year or its month's name (6 digits).
printf 'IPP;Nom\n1025;Durand\n' > "src/patients_21 juin 1947.csv"
printf 'IPP;Nom\n1026;Durand\n' > "src/patients_21.06.47.csv"
# Kept names that hide a listed name or a number from the lookup beyond
# ASCII: a zero-width space, a soft hyphen, a right-to-left override that
# shows "TNOPUD" as DUPONT, a Cyrillic U, an en dash, Windows-1252 bytes
# (Thebault), a NIR in full-width digits, a phone in Arabic-Indic digits;
# small capitals, an O with a stroke, a D with a bar, a dotless i, which
# NFKC leaves (redteam18: shown); letters drawn as symbols, negative
# squared DUPONT and MARTIN in regional indicators, a phone in negative
# circled digits (hostile22: shown).
for n in '\342\223\277\342\236\217\342\236\216\342\236\212\342\236\222\342\236\215\342\236\221\342\236\221\342\236\213\342\236\213' '\360\237\205\263\360\237\206\204\360\237\205\277\360\237\205\276\360\237\205\275\360\237\206\203' '\360\237\207\262\360\237\207\246\360\237\207\267\360\237\207\271\360\237\207\256\360\237\207\263' \
    'DUP\342\200\213ONT' 'DU\302\255PONT' '\342\200\256TNOPUD' \
    '\341\264\205\341\264\234\341\264\230\341\264\217\311\264\341\264\233' \
    'DUP\303\230NT' '\304\220UPONT' 'MART\304\261N' \
    'D\320\243PONT' 'DUPONT\342\200\223Jean' 'Th\351bault' \
    '\357\274\221\357\274\230\357\274\224\357\274\220\357\274\222\357\274\227\357\274\225\357\274\221\357\274\222\357\274\223\357\274\224\357\274\225\357\274\226' \
    '\331\240\331\246\331\245\331\241\331\251\331\244\331\250\331\250\331\242\331\242'; do
	printf 'IPP;Nom\n1027;Durand\n' > "src/$(printf "patients_u_$n.csv")"
done
printf 'IPP;Nom\n1028;Durand\n' > "src/$(printf 'patients_\303\230resund.csv')"
# rename = token keeps a type's extension (.csv), never a word after the
# last dot: export_x.ZORGLUNAME would show the name the token hides.
printf 'IPP;Nom\n1028;Durand\n' > src/export_x.ZORGLUNAME
printf 'IPP;Nom\n1029;Durand\n' > src/export_ZORGLUY.csv
setfattr -n user.note -v ZORGLUXATTR src/patients_base.csv 2>/dev/null || :

# The raw cells, and the raw names of the files above.  The exported data
# is searched for the cells and the names only as the file names write
# them: a fake surname drawn from conf/lists/last_names.txt ("NDIAYE",
# "LE GALL") may stand in a Nom cell of the view by chance, one run in ten.
cells="ZORGLU|1840275123456|0651948822|06 51 94 88 22"
raw="$cells|DIAYE|LE GALL|Da_Silva|juin 1947|21\\.06\\.47"
raw_data="$cells|N'DIAYE|patients_LE GALL|Da_Silva|juin 1947|21\\.06\\.47"
noraw() {
	for f in "$@"; do
		if grep -qaE "$raw" "$f"; then
			echo "raw value in $f:"; grep -aoE "$raw" "$f" | sort -u | head -3
			return 1
		fi
	done
	return 0
}

# ---- the exporter ----
timeout 60 "$bin" export -p policy -k key src out > export.out 2> export.err
echo $? > export.rc
check "the export ends, failed files make it exit 1" test "$(cat export.rc)" -eq 1
check "no raw value in the export" sh -c "! grep -rqaE \"\$1\" out" sh "$raw_data"
check "no raw value in the exporter's messages" noraw export.out export.err
for f in bad_cr bad_mixed bad_nul bad_utf16 bad_utf16nobom bad_unbalanced \
    bad_midquote bad_ragged patients_onecol; do
	check "$f.csv cannot be parsed: not written" test ! -e "out/$f.csv"
	check "$f.csv: its error is reported" grep -q "^pseudonymize: $f.csv: " export.err
done
check "a one-field header over ';' records is ragged" \
    grep -q "patients_onecol.csv: line 2, column 2: row has more fields than the header" export.err
# Which of a wider row's cells is the header's one is unknown (its first
# could be a name over "DUPONT;M;..."): the rows come out empty.
check "ragged = pad: a one-field header over wider rows shows none of their cells" \
    sh -c "printf 'Sexe\n\n\n' | cmp -s - out/pad_onecol.csv"
check "ragged = pad: extra cells, quoted over two lines too, are dropped" \
    test "$(awk -F';' '{print NF}' out/pad_more.csv | sort -u)" = 3
check "two Nom columns: both are transformed" \
    test "$(head -1 out/patients_dup.csv)" = "IPP;Nom;Sexe;Nom"
check "the 1.6 MB name is transformed" test "$(wc -c < out/patients_long.csv)" -lt 1000
check "an invalid NIR comes out empty" \
    test "$(tail -1 out/patients_badnir.csv | cut -d';' -f5)" = ""
check "kept names N'DIAYE, LE GALL, Da_Silva: refused" \
    sh -c "! ls out | grep -qE 'DIAYE|GALL|Silva'"
check "kept names with a date of 6 digits: refused" \
    sh -c "! ls out | grep -qE 'juin|06\\.47'"
check "kept names that hide a name or a number beyond ASCII: refused" \
    sh -c "! ls out | grep -q '^patients_u_'"
check "... a name of such letters that hides no name is kept (\303\230resund)" \
    test -e "out/$(printf 'patients_\303\230resund.csv')"
check "the exporter says which sign refused them, not the name" \
    sh -c "! grep -a 'patients_u_' export.err"
check "rename = token: a word after the last dot is renamed too" \
    test "$(ls out | grep -c '^export_[a-z0-9]\{16\}$')" -eq 1
check "... and a type's extension is kept" \
    test "$(ls out | grep -c '^export_[a-z0-9]\{16\}\.csv$')" -eq 1
check "no raw name in the export's names" sh -c "! ls out | grep -q ZORGLU"
for l in abs etc passwd loop1 loop2 fifo null; do
	check "patients_$l.csv (not a regular file in the tree) is not exported" \
	    test ! -e "out/patients_$l.csv"
done

# ---- check ----
"$bin" check -p policy -k key src > check.out 2>&1
"$bin" check --json -p policy -k key src > check.json 2>&1
check "no raw value in check's report" noraw check.out check.json
check "check says which sign refused them" grep -q \
    "the name holds an invisible or bidirectional character" check.out
check "... and the JSON report too" grep -q \
    '"sign":"mixes the letters of two scripts in a word (a look-alike)"' \
    check.json
check "... and that a name is not UTF-8" grep -q \
    "the name is not UTF-8: its words cannot be read" check.out
# --show-names prints source names for the operator: escaped, so that a
# right-to-left override cannot turn the report's line around and a
# Windows-1252 name cannot make the JSON report invalid.
"$bin" check --show-names -p policy -k key src > names.out 2>&1
"$bin" check --json --show-names -p policy -k key src > names.json 2>&1
check "check --json --show-names is valid JSON with a Windows-1252 name" \
    python3 -c 'import json, sys; json.load(open(sys.argv[1], "rb"))' names.json
check "... which it writes escaped" grep -qF 'patients_u_Th\\xe9bault.csv' names.json
check "no bidirectional override or zero-width space in check --show-names" \
    sh -c "! LC_ALL=C grep -qaE '$(printf '\342\200[\213\256]')' names.out names.json"
check "... written as \\u{202e}" grep -qF 'patients_u_\u{202e}TNOPUD.csv' names.out

# ---- the mount ----
opts="-o policy=$work/policy,key=$work/key,audit=$work/audit.log"
check "pseudonymfs mounts" mount_view src mnt fs.log $opts || finish
(cd mnt && find . | sort) > mnt.list
(cd out && find . | sort) > out.list
# The mount lists the files that cannot be parsed too (it knows at the
# first read): they give EIO, below.
grep -v '^\./bad_\|^\./patients_onecol\.csv$' mnt.list > mnt.parsed
check "the mount lists the export's files, and the failed ones" \
    cmp -s mnt.parsed out.list
check "no raw name in the mount's listing" noraw mnt.list
check "no name beyond ASCII that hides a name in the mount's listing" \
    sh -c "! grep -qa '^\./patients_u_' mnt.list"
check "nor can one be opened by its source name" sh -c \
    "! cat \"mnt/\$(printf 'patients_u_DUP\342\200\213ONT.csv')\" > /dev/null 2>&1"
check "every file equals the export" sh -c \
    "cd out && find . -type f | while read -r f; do cmp -s \"\$f\" \"../mnt/\$f\" || exit 1; done"
# By their source names: the two token names of the listing
# (export_<16 letters and digits>) spelled 'abs' or 'etc' one run in a few
# hundred (8 in 3,000 fresh keys, flake27); a FIFO, device or link shown
# under another name would break the listing's equality with the export's
# above.
check "no FIFO, device or link is shown" \
    sh -c "! grep -qE '^\./patients_(abs|etc|passwd|loop1|loop2|fifo|null)\.csv\$' mnt.list"
check "a FIFO cannot be opened by its name (and nothing blocks)" \
    sh -c "! timeout 10 cat mnt/patients_fifo.csv > /dev/null 2>&1"
check "nor a link to /etc/passwd" sh -c "! timeout 10 cat mnt/patients_passwd.csv > /dev/null 2>&1"
for f in bad_cr bad_nul bad_utf16 bad_unbalanced patients_onecol; do
	check "$f.csv gives EIO" fails_with EIO \
	    "open('mnt/$f.csv', 'rb').read()"
done
python3 - > xattrs.txt <<'E'
import os
for root, dirs, files in os.walk("mnt"):
    for n in dirs + files:
        p = os.path.join(root, n)
        for a in os.listxattr(p):
            print(p, a, os.getxattr(p, a))
E
check "xattrs are the view's provenance only" \
    sh -c "! grep -v ' user.pseudonymfs\.' xattrs.txt | grep -q ."
check "no raw value in an xattr" noraw xattrs.txt
check "unmounts cleanly" unmount_view mnt fs.log
check "no raw value in the daemon's log" noraw fs.log
check "no raw value in the audit file" noraw audit.log
check_nothing_left
finish
