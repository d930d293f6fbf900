#!/bin/sh
# check48: what check47 left in "a kept cell that repeats its own row's
# name".  Reported now: a person's compound with a particle, which check47
# read as a place's ("Dupont-de-Nemours", "VIGNERON-DE-LA-TOUR" for the
# row's last name); a lower-case first name that is an ordinary word, used
# as a name (in a compound of given names: "jean-pierre" for Jean or
# Pierre, "marie-rose" for Rose; after a title); the identity source's
# patient's name of several words inside a compound ("Kerherve-Le-Goff"
# for LE GOFF).  Still not: a commune, a place's other joining words, a
# part after a saint, a compound word of the lexicon.  Never a value: the
# report names the view file, the column and the line.  Synthetic data.
. "$(dirname "$0")/lib.sh"
cd "$work"

"$bin" keygen key
kept_policy check48 note unite > p.policy

jq() { python3 -c "import json,sys; r=json.load(open(sys.argv[1])); print(eval(sys.argv[2]))" "$@"; }
# No raw name in the files' outputs, as whole words in any case (check
# prints no view value, so no fake can satisfy or spoil it).
noleak() {
	python3 - "$@" <<'PY'
import re, sys
text = "".join(open(f, encoding="utf-8").read() for f in sys.argv[1:])
raw = ["dupont", "nemours", "dupont-de-nemours", "vigneron", "tour",
       "tisserand", "arzac", "sabotier", "isnards", "charron", "jean",
       "pierre", "jean-pierre", "rose", "marie-rose", "villeneuve", "berg",
       "chateauneuf", "châteauneuf", "pape", "goff", "le-goff", "kerherve",
       "quiniou", "youenn", "yann", "paul", "luc", "martin", "mer"]
leaks = [w for w in raw if re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", text, re.I)]
print("leaks:", leaks) if leaks else None
sys.exit(1 if leaks else 0)
PY
}

# One row a case; the header is line 1.
mkdir own
printf 'IPP;Nom;Pr\303\251nom;Note;Unit\303\251\n' > own/a.csv
cat >> own/a.csv <<'CSV'
1001;DUPONT;Paul;famille Dupont-de-Nemours;cardiologie
1002;VIGNERON;Paul;courrier VIGNERON-DE-LA-TOUR;cardiologie
1003;TISSERAND;Luc;vu par Tisserand-d'Arzac;cardiologie
1004;SABOTIER;Luc;famille Sabotier-des-Isnards;cardiologie
1005;CHARRON;Jean;appel de jean-pierre;cardiologie
1006;CHARRON;Pierre;appel de jean-pierre;cardiologie
1007;CHARRON;Rose;vu avec marie-rose;cardiologie
1008;CHARRON;Pierre;RAS;vu par M. pierre-xyz
CSV
"$bin" check -p p.policy -k key own > own.txt 2> own.err; rc=$?
"$bin" check --json -p p.policy -k key own > own.json 2> own.json.err; rcj=$?
check "particle compounds, lower-case given names: exit 3" test "$rc" -eq 3
check "... exit 3 with --json too" test "$rcj" -eq 3
check "... the view file a.csv" has own.txt "a.csv  [file notes]"
check "... Note: 7 cells, the row's own name 7, line 2" \
    grep -q "column 4 (\[column note\]): 7 cells (.*the row's own name 7), first at line 2" own.txt
check "... Unité: after a title, line 9" \
    grep -q "column 5 (\[column unite\]): 1 cell (.*the row's own name 1), first at line 9" own.txt
check "... JSON: file, column, line, own_name" \
    test "$(jq own.json "[(r['files'][0]['path'], k['column'], k['first_line'], k['kinds'].get('own_name')) for k in r['files'][0]['kept_identifiers']]")" = \
    "[('a.csv', 4, 2, 7), ('a.csv', 5, 9, 1)]"
check "no raw name in check's output" noleak own.txt own.err own.json own.json.err

# Each case alone: every one of them is found, text and JSON.
for n in 2 3 4 5 6 7 8 9; do
	mkdir "one$n"
	sed -n "1p;${n}p" own/a.csv > "one$n/a.csv"
	"$bin" check -p p.policy -k key "one$n" > "one$n.txt" 2>&1; rc=$?
	"$bin" check --json -p p.policy -k key "one$n" > "one$n.json" 2>&1
	check "... line $n alone: exit 3, the row's own name" sh -c \
	    "test $rc -eq 3 && grep -q \"the row's own name 1), first at line 2\" one$n.txt"
	check "... line $n alone, JSON: own_name 1 at line 2" \
	    test "$(jq "one$n.json" "[(k['first_line'], k['kinds'].get('own_name')) for k in r['files'][0]['kept_identifiers']]")" = "[(2, 1)]"
	check "... line $n alone: no raw name" noleak "one$n.txt" "one$n.json"
done

# Not a person's: a commune, a place's other joining words, a part after a
# saint, a first name before a particle, a stranger's particle compound,
# a saint and a compound word in lower case.
mkdir neg
printf 'IPP;Nom;Pr\303\251nom;Note;Unit\303\251\n' > neg/b.csv
cat >> neg/b.csv <<'CSV'
2001;VILLENEUVE;Paul;vu à Villeneuve-de-Berg;cardiologie
2002;CHATEAUNEUF;Paul;vin de Châteauneuf-du-Pape;cardiologie
2003;TISSERAND;Paul;né à Tisserand-sur-Mer;cardiologie
2004;VIGNERON;Paul;église de Saint-Vigneron-de-Nemours;cardiologie
2005;DUPONT;Jean;rue Jean-de-Nemours;cardiologie
2006;MARTIN;Paul;courrier Dupont-de-Nemours;cardiologie
2007;CHARRON;Jean;la saint-jean-baptiste;cardiologie
2008;CHARRON;Pierre;une pierre-ponce;cardiologie
2009;CHARRON;Rose;teinte rose-thé;cardiologie
CSV
"$bin" check -p p.policy -k key neg > neg.txt 2> neg.err; rc=$?
"$bin" check --json -p p.policy -k key neg > neg.json 2>> neg.err
check "places, saints, compound words: exit 0" test "$rc" -eq 0
check "... none found in the 2 kept columns" has neg.txt "kept values like identifiers: none found in 2 kept columns"
check "... JSON: no kept identifier" test "$(jq neg.json "(r['files'][0]['kept_identifiers'], r['summary']['kept_identifiers'])")" = "([], 0)"
check "no raw name in check's output (negatives)" noleak neg.txt neg.err neg.json

# The identity source's name of several words inside a compound, in a
# file of kept notes and the IPP (no name column): only the row's patient.
mkdir ident
printf 'IPP;Nom;Pr\303\251nom\n40012308;LE GOFF;Yann\n40012309;QUINIOU;Youenn\n40012310;DUPONT;Paul\n' > ident/patients.csv
cat > ident/sejours.csv <<'CSV'
IPP;Note
40012309;famille kerherve-le-goff
40012308;RAS
40012308;famille kerherve-le-goff
40012309;courrier Dupont-de-Nemours
40012310;courrier Dupont-de-Nemours
CSV
identity_policy check48-identity sejours note > id.policy
"$bin" check -p id.policy -k key ident > ident.txt 2> ident.err; rc=$?
"$bin" check --json -p id.policy -k key ident > ident.json 2>> ident.err; rcj=$?
check "the identity source's name in a compound: exit 3" test "$rc" -eq 3
check "... exit 3 with --json too" test "$rcj" -eq 3
check "... sejours.csv, Note: the row's own name 2 (the detectors' names besides)" \
    grep -q "column 2 (\[column note\]): .*the row's own name 2), first at line" ident.txt
check "... JSON: sejours.csv, column 2, own_name 2" \
    test "$(jq ident.json "[(f['path'], k['column'], k['kinds'].get('own_name')) for f in r['files'] for k in f.get('kept_identifiers', [])]")" = \
    "[('sejours.csv', 2, 2)]"
check "no raw value in check's output (identity source)" noleak ident.txt ident.err ident.json
check "... nor an IPP" sh -c "! grep -q 4001231 ident.txt ident.json"

# A clean generated file (the samples with the shipped example policy):
# nothing found, as before.
mkdir samples
cp -r "$top/conf/samples/." samples/
"$bin" check -p "$top/conf/example.policy" -k key samples > samples.txt 2>&1; rc=$?
check "the bundled samples: exit 0" test "$rc" -eq 0
check "... none found in 3 kept columns" \
    has samples.txt "kept values like identifiers: none found in 3 kept columns"

finish
