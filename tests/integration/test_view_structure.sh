#!/bin/sh
# What the view's structure says of the source, probed as a hostile
# recipient and as an analyst with real exports would: headers in the
# spellings a policy does not list, and where the start report puts what
# it refuses.  Each case fails without its fix (docs/threat-model.md).
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/mountlib.sh"
cd "$work"

"$bin" keygen key

# ---- a header that says it holds an identifier, in a spelling no rule
# lists, under columns = keep: every raw value under it was shown ----
{ printf '[project]\nname = structure-test\ncolumns = keep\n\n'
  printf '[file all]\nmatch = *.csv\n\n'
  policy_columns ipp nom; } > keep.policy
mkdir -p src
# An English export, an abbreviated one, a phone numbered as exports do.
printf 'IPP;Surname;Poids\n1001;ZORGLUHA;70\n1002;QWERTYB;81\n' > src/english.csv
printf 'IPP;NOM_PAT;Poids\n1003;ZORGLUHC;70\n' > src/abbrev.csv
printf 'IPP;Tel1;Service\n1004;ZORGLUHD;Cardio\n' > src/phone.csv
# The family name, and persons an export names beside the patient (the
# insured, the mother, a trusted person): kept raw before.
printf 'IPP;Nom de famille;Poids\n1006;ZORGLUHF;70\n' > src/family.csv
printf 'IPP;Nom de la m\303\250re;Assur\303\251;Personne de confiance\n1007;ZORGLUHG;ZORGLUHH;ZORGLUHI\n' > src/relatives.csv
# Negative: headers of other things are kept, the named Nom transformed.
printf 'IPP;Nom;Poids;Service;Nom du m\303\251decin\n1005;ZORGLUHE;70;Cardio;Dr Kept\n' > src/plain.csv

check_not "an identifier's header no rule names under columns = keep: the export fails" \
    "$bin" export -p keep.policy -k key src out 2> export.err
check "it says which line and column" has export.err "english.csv: line 1, column 2: a header no rule names says it holds a person's identifier"
check "the abbreviated spelling too" has export.err "abbrev.csv: line 1, column 2:"
check "the numbered phone too" has export.err "phone.csv: line 1, column 2:"
check "the family name and the relatives' names too" sh -c \
    "grep -q 'family.csv: line 1, column 2:' export.err && grep -q 'relatives.csv: line 1, column 2:' export.err"
check "none of those files is written" sh -c "! test -e out/english.csv && ! test -e out/abbrev.csv && ! test -e out/phone.csv && ! test -e out/family.csv && ! test -e out/relatives.csv"
check_not "no raw value under them in the export or its messages" \
    grep -rqE 'ZORGLUH[ABCDFGHI]|QWERTYB' out export.err
check "the file of other headers is exported, their cells kept" has out/plain.csv "Dr Kept"
check_not "... its named Nom transformed" has out/plain.csv "ZORGLUHE"
check_not "check: the file cannot be shown (exit non-zero)" \
    "$bin" check -p keep.policy -k key src > check.out 2>&1
check "check says why" has check.out "a header no rule names says it holds a person's identifier"
check_not "no raw value in check's report" grep -qE 'ZORGLUH|QWERTYB' check.out

# Naming the column reads the file; suspect_names = show keeps it.
{ cat keep.policy; printf '[column surname]\nheaders = Surname\nop = redact\n'; } > named.policy
check "named in a rule, the file is exported" \
    "$bin" export -p named.policy -k key src/english.csv out-named.csv
check_not "... the names redacted" grep -qE 'ZORGLUHA|QWERTYB' out-named.csv
sed 's/^match = \*.csv$/match = *.csv\nsuspect_names = show/' keep.policy > show.policy
check "suspect_names = show keeps it" \
    "$bin" export -p show.policy -k key src/english.csv out-show.csv
check "... as written" has out-show.csv "ZORGLUHA"

# The mount: EIO, nothing in its log or its audit file.
check "pseudonymfs mounts" mount_view src mnt fs.log -o policy=keep.policy,key=key,audit=fs.audit || finish
for f in english abbrev phone family relatives; do
	check "mount: $f.csv gives EIO" fails_with EIO "open('mnt/$f.csv', 'rb').read()"
done
check "mount: plain.csv equals the export" cmp mnt/plain.csv out/plain.csv
check "the mount unmounts" unmount_view mnt fs.log
check_not "no raw value in the daemon's log or the audit file" \
    grep -qE 'ZORGLUH|QWERTYB' fs.log fs.audit
check "the audit file records the failed opens" has fs.audit "english.csv"

# ---- check: a kept column of bare names, under a header no list holds ----
# The header rule above knows spellings; a column "Colonne A" of surnames
# had no finding in check's report (names counted only after a title).
{ printf '[project]\nname = structure-test\ncolumns = keep\n\n'
  printf '[file all]\nmatch = *.csv\n\n'
  policy_columns ipp; } > cols.policy
mkdir -p cols
{ printf 'IPP;Colonne A;Colonne B;Ville;Service;Traitement\n'
  i=0
  for n in DUPONT:Jean MARTIN:Marie BERNARD:Pierre THOMAS:Sophie DURAND:Paul MOREAU:Claire; do
	printf '%s;%s;%s;Reims;Cardiologie;Doliprane\n' "10$i" "${n%%:*}" "${n#*:}"
	i=$((i + 1))
  done; } > cols/pat.csv
"$bin" check -p cols.policy -k key cols > cols.out 2>&1
check "check: a kept column of surnames is found (exit 3)" test $? -eq 3
check "... with its cells counted as names" has cols.out "column 2 (no rule, columns = keep): 6 cells (name 6), first at line 2"
check "... and the first names (those the lists hold)" grep -q "column 3 (no rule, columns = keep): [3-6] cells (name [3-6])" cols.out
check_not "... not the city, the ward or the drug" grep -qE "column [456] \(no rule" cols.out
check_not "... and no name in the report" grep -qE 'DUPONT|MARTIN|BERNARD|Sophie' cols.out
"$bin" check --json -p cols.policy -k key cols > cols.json 2>&1
check "... in the JSON report" python3 -c "
import json, sys
r = json.load(open('cols.json'))
k = {c['column']: c['kinds'] for c in r['files'][0]['kept_identifiers']}
sys.exit(k.get(2) != {'name': 6} or 4 in k)"
# One name among other values is a brand or a place: not reported.
printf 'IPP;Colonne A\n1;Cardiologie\n2;Martin\n3;Urgences\n4;Neurologie\n' > cols/one.csv
"$bin" check -p cols.policy -k key cols/one.csv > one.out 2>&1
check "... one name among other values is not a column of names" has one.out "none found in 1 kept column"

# ---- the start report says refused names where they are ----
# A refused name at the root and one in a subdirectory listed between
# them: the root's was counted in the subdirectory's line.
{ printf '[project]\nname = structure-test\n\n[file all]\nmatch = **/*.csv\n\n'
  policy_columns ipp; } > names.policy
mkdir -p tree/aa tree/zz
printf 'IPP\n1\n' > tree/DUPONT.csv
printf 'IPP\n1\n' > tree/aa/ok.csv
printf 'IPP\n1\n' > tree/zz/ok.csv
"$bin" export -p names.policy -k key tree out-tree 2> tree.err
check "drift: the root's refused name is counted at the root" \
    has tree.err "drift: ./: 1 entry a [file] or [dir] rule shows cannot be shown"
check_not "... not in a subdirectory's line" grep -q "drift: dir-.*/: .* cannot be shown under" tree.err
cp tree/DUPONT.csv tree/zz/MARTIN.csv
"$bin" export -p names.policy -k key tree out-tree2 2> tree2.err
check "drift: one at the root, one in the subdirectory" \
    sh -c "test \$(grep -c 'cannot be shown under its name' tree2.err) -eq 2"
check "mount: the start log says the same" mount_view tree mnt2 fs2.log -o policy=names.policy,key=key,audit=fs2.audit || finish
check "... the root's at the root" has fs2.log "drift: ./: 1 entry a [file] or [dir] rule shows cannot be shown"
check "the mount unmounts" unmount_view mnt2 fs2.log
check_not "no refused name in the messages" grep -qE 'DUPONT|MARTIN' tree.err tree2.err fs2.log fs2.audit

check_nothing_left
finish
