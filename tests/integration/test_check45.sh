#!/bin/sh
# check45: the gaps check43 left in "a kept cell that repeats its own
# row's name".  Reported now: a part of a compound name alone ("Dupont" or
# "Martin" for DUPONT-MARTIN, "Jean" for Jean-Pierre), a name written run
# together ("legoff" for LE GOFF), the name beside a "née"/"ép." of a
# name column, a name of one or two letters after a title or beside the
# row's other name ("Mme Ng", "VU Ba"), and the identity source's names in
# a file with the patient column and no scrub column.  Not reported: a
# stranger's name, particles and marital words alone ("des", "née",
# "saint"), a short name alone or inside words ("vu à 18h", "Li+"), lower
# case ("M. le maire").  Never a value.  Synthetic data only.
. "$(dirname "$0")/lib.sh"
cd "$work"

"$bin" keygen key
cat > p.policy <<'POL'
[project]
name = check45
columns = drop

[file notes]
match = *.csv

[column ipp]
headers = IPP
op = token

[column nom]
headers = Nom
op = fake
kind = last_name
identifies = last_name

[column prenom]
headers = Prénom
op = fake
kind = first_name
identifies = first_name

[column note]
headers = Note
op = keep

[column unite]
headers = Unité
op = keep
POL

jq() { python3 -c "import json,sys; r=json.load(open(sys.argv[1])); print(eval(sys.argv[2]))" "$@"; }
# No raw name in the files' outputs, as whole words in any case (check
# prints no view value, so no fake can satisfy or spoil it).
noleak() {
	python3 - "$@" <<'PY'
import re, sys
text = "".join(open(f, encoding="utf-8").read() for f in sys.argv[1:])
raw = ["dupont", "martin", "vigneron", "tisserand", "charron", "jean",
       "pierre", "jean-pierre", "goff", "legoff", "sabotier", "vannier",
       "echevin", "rosier", "yann", "paul", "marc", "luc", "ng", "li", "vu",
       "ba", "wei", "kerherve", "quiniou", "youenn", "roches", "anne", "le"]
leaks = [w for w in raw if re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", text, re.I)]
print("leaks:", leaks) if leaks else None
sys.exit(1 if leaks else 0)
PY
}

# One row a case; the header is line 1.  Each kept Note repeats a piece of
# its own row's name that check43 did not look for.
mkdir own
printf 'IPP;Nom;Pr\303\251nom;Note;Unit\303\251\n' > own/a.csv
cat >> own/a.csv <<'CSV'
1001;VIGNERON-TISSERAND;Paul;vu par tisserand;cardiologie
1002;CHARRON;Jean-Pierre;appeler Jean au domicile;cardiologie
1003;LE GOFF;Yann;courrier a LEGOFF;cardiologie
1004;SABOTIER ép. VANNIER;Luc;appeler vannier;cardiologie
1005;NG;Li;vu ce jour par Mme Ng;cardiologie
1006;VU;Ba;rdv avec VU Ba demain;cardiologie
1007;ÉCHEVIN-ROSIER;Marc;RAS;pavillon Échevin
CSV
"$bin" check -p p.policy -k key own > own.txt 2> own.err; rc=$?
"$bin" check --json -p p.policy -k key own > own.json 2> own.json.err; rcj=$?
check "parts, run together, marital, short names: exit 3" test "$rc" -eq 3
check "... exit 3 with --json too" test "$rcj" -eq 3
check "... Note: 6 cells, the row's own name, first at line 2" \
    grep -q "column 4 (\[column note\]): 6 cells (.*the row's own name 6), first at line 2" own.txt
check "... Unité: a part of a compound with accents, line 8" \
    grep -q "column 5 (\[column unite\]): 1 cell (the row's own name 1), first at line 8" own.txt
check "... JSON: column, count, line, own_name" \
    test "$(jq own.json "[(k['column'], k['cells'], k['first_line'], k['kinds']['own_name']) for k in r['files'][0]['kept_identifiers']]")" = \
    "[(4, 6, 2, 6), (5, 1, 8, 1)]"
check "no raw name in check's output" noleak own.txt own.err own.json own.json.err

# Each case alone: every one of them is found (line by line).
for n in 2 3 4 5 6 7 8; do
	mkdir "one$n"
	sed -n "1p;${n}p" own/a.csv > "one$n/a.csv"
	"$bin" check -p p.policy -k key "one$n" > "one$n.txt" 2>&1; rc=$?
	check "... line $n alone: exit 3, the row's own name" sh -c \
	    "test $rc -eq 3 && grep -q \"the row's own name 1), first at line 2\" one$n.txt"
done

# Strangers' names, particles and marital words alone, short names alone,
# inside words, in lower case: none.
mkdir neg
printf 'IPP;Nom;Pr\303\251nom;Note;Unit\303\251\n' > neg/b.csv
cat >> neg/b.csv <<'CSV'
2001;VIGNERON-TISSERAND;Paul;RAS;cardiologie
2002;CHARRON;Marc;vu par tisserand;cardiologie
2003;DUPONT-MARTIN;Luc;RAS;cardiologie
2004;CHARRON;Jean-Pierre;vu par Dupont, famille Martin;cardiologie
2005;VU;Ba;vu à 18h, ba;cardiologie
2006;LI;Wei;Li+ 0.8 mmol/L;biochimie
2007;NG;Li;LI 0.6, NG (non génotypé);biochimie
2008;DES ROCHES;Anne;bilan des urines;cardiologie
2009;SABOTIER née VANNIER;Luc;née à terme;maternité
2010;SAINT-GERMAIN;Luc;RAS;pavillon saint jacques
2011;LE;Al;vu avec M. le maire, le matin;pneumologie
2012;LE GOFF;Yann;Le bilan, le gofre;pneumologie
2013;CHARRON;Jean-Pierre;feu de la saint-jean;cardiologie
CSV
"$bin" check -p p.policy -k key neg > neg.txt 2> neg.err; rc=$?
"$bin" check --json -p p.policy -k key neg > neg.json 2>> neg.err
check "strangers, particles, short names alone or in words: exit 0" test "$rc" -eq 0
check "... none found in the 2 kept columns" has neg.txt "kept values like identifiers: none found in 2 kept columns"
check "... JSON: no kept identifier" test "$(jq neg.json "(r['files'][0]['kept_identifiers'], r['summary']['kept_identifiers'])")" = "([], 0)"
check "no raw name in check's output (negatives)" noleak neg.txt neg.err neg.json

# The identity source in a file with the patient column and no scrub
# column: check43 asked it only where the view loads it (a scrub column).
mkdir ident
printf 'IPP;Nom;Pr\303\251nom\n' > ident/patients.csv
printf '40012308;KERHERVE;Youenn\n40012309;VU;Ba\n40012310;DES ROCHES;Anne\n' >> ident/patients.csv
printf 'IPP;Note\n' > ident/sejours.csv
printf '40012308;vu ce jour par kerherve\n40012309;vu par kerherve\n40012309;rdv avec VU Ba demain\n40012309;vu à 18h\n40012310;bilan des urines\n40012308;douleur thoracique\n' >> ident/sejours.csv
cat > ident.policy <<'POL'
[project]
name = check45-identity
patient = ipp
identity = patients.csv
columns = drop
[file patients]
match = patients.csv
[file sejours]
match = sejours.csv
[column ipp]
headers = IPP
op = token
[column nom]
headers = Nom
op = fake
kind = last_name
identifies = last_name
[column prenom]
headers = Prénom
op = fake
kind = first_name
identifies = first_name
[column note]
headers = Note
op = keep
POL
"$bin" check -p ident.policy -k key ident > ident.txt 2> ident.err; rc=$?
"$bin" check --json -p ident.policy -k key ident > ident.json 2>> ident.err
check "the identity source without a scrub column: exit 3" test "$rc" -eq 3
check "... 2 cells (its own patient's name, two short ones side by side), line 2" \
    grep -q "column 2 (\[column note\]): 2 cells (the row's own name 2), first at line 2" ident.txt
check "... JSON" test "$(jq ident.json "[(k['column'], k['cells'], k['first_line'], k['kinds']) for f in r['files'] if f['path']=='sejours.csv' for k in f['kept_identifiers']]")" = "[(2, 2, 2, {'own_name': 2})]"
check "no raw name of the identity source in check's output" noleak ident.txt ident.err ident.json

# A column faked as a last name without `identifies =` (a "Nom d'usage")
# is the row's name too; "Mme" of a whole-name column is no name alone.
mkdir usage
printf "IPP;Nom d'usage;M\303\251decin;Note\n" > usage/d.csv
printf '5001;VIGNERON;;vu par vigneron\n5002;TISSERAND;Mme Anne SABOTIER;rappeler Mme au domicile\n' >> usage/d.csv
cat > usage.policy <<'POL'
[project]
name = check45-usage
columns = drop
[file notes]
match = *.csv
[column ipp]
headers = IPP
op = token
[column usage]
headers = Nom d'usage
op = fake
kind = last_name
[column medecin]
headers = Médecin
op = drop
identifies = name
[column note]
headers = Note
op = keep
POL
"$bin" check -p usage.policy -k key usage > usage.txt 2>&1; rc=$?
check "a faked last-name column without identifies =: exit 3" test "$rc" -eq 3
check "... 1 cell (not the title), line 2" \
    grep -q "column 4 (\[column note\]): 1 cell (the row's own name 1), first at line 2" usage.txt
check "no raw name in check's output (faked column)" noleak usage.txt

# The bundled samples with the example policy: as before.
mkdir samples
cp -r "$top/conf/samples/." samples/
"$bin" check -p "$top/conf/example.policy" -k key samples > samples.txt 2>&1; rc=$?
check "the samples pass the example policy's check (exit 0)" test "$rc" -eq 0
check "... the samples' kept columns hold none" has samples.txt "kept values like identifiers: none found in 3 kept columns"

finish
