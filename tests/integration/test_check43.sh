#!/bin/sh
# check43: a kept column that repeats its own row's name (the values of
# the columns whose rule says identifies = last_name, first_name, name) as
# whole words is a kept identifier, even when the name is an ordinary word
# of no list ("vu par vigneron", "tisserand", "appeler Jean au domicile").
# check reports it by file, column, count and first line, exit 3, in the
# JSON report too, and never the value.  Another row's name, a compound
# ("Saint-Martin" for a row MARTIN, "pigeon-vole" for PIGEON), a one- or
# two-letter name and clinical words are not reported.  Synthetic data only.
. "$(dirname "$0")/lib.sh"
cd "$work"

"$bin" keygen key
kept_policy check43 naissance note unite > p.policy

# Rows whose kept Note repeats their own name.  Line numbers: the header
# is line 1.
mkdir own
printf 'IPP;Nom;Pr\303\251nom;Nom de naissance;Note;Unit\303\251\n' > own/a.csv
cat >> own/a.csv <<'CSV'
1001;VIGNERON;Paul;;vu par vigneron;cardiologie
1002;TISSERAND;Marc;;tisserand;cardiologie
1003;PIGEON;Jean;;appeler Jean au domicile;cardiologie
1004;CHARRON;Luc;COUTELIER;RAS;ancien nom Coutelier
1005;ÉCHEVIN ROSIER;Paul;;appel echevin-rosier absent;cardiologie
CSV
# Rows whose kept cells hold ordinary words that are not their own name.
mkdir neg
printf 'IPP;Nom;Pr\303\251nom;Nom de naissance;Note;Unit\303\251\n' > neg/b.csv
cat >> neg/b.csv <<'CSV'
2001;VIGNERON;Paul;;vu par tisserand, douleur thoracique;cardiologie
2002;TISSERAND;Marc;;vu par vigneron;cardiologie
2003;MARTIN;Luc;;transfert;Saint-Martin
2004;LE;Al;;Le patient va bien, al dente;pneumologie
2005;H;Jo;;prise a 8 h, jo;pneumologie
2006;PIGEON;Jean;;jeu de pigeon-vole;cardiologie
2007;CHARRON;Luc;;;
CSV

"$bin" check -p p.policy -k key own > own.txt 2> own.err; rc=$?
"$bin" check --json -p p.policy -k key own > own.json 2> own.json.err; rcj=$?
check "the row's own name in a kept cell: exit 3" test "$rc" -eq 3
check "... exit 3 with --json too" test "$rcj" -eq 3
check "... Note: 4 cells, the row's own name, first at line 2" \
    grep -q "column 5 (\[column note\]): 4 cells (.*the row's own name 4), first at line 2" own.txt
check "... Unité: the birth name (a dropped identifying column), line 5" \
    grep -q "column 6 (\[column unite\]): 1 cell (the row's own name 1), first at line 5" own.txt
check "... the JSON report parses" python3 -c "import json,sys; json.load(open(sys.argv[1]))" own.json
check "... JSON: by column, count, line and kind" \
    test "$(jq own.json "[(k['column'], k['cells'], k['first_line'], k['kinds']['own_name']) for k in r['files'][0]['kept_identifiers']]")" = \
    "[(5, 4, 2, 4), (6, 1, 5, 1)]"
check "... JSON: the summary counts the file" test "$(jq own.json "r['summary']['kept_identifiers']")" = 1

# No raw name in any output, looked for as a whole word in any case (check
# prints no view value either, so a fake cannot satisfy it).
check "no raw name in check's stdout, stderr or JSON" no_raw_words \
    "vigneron tisserand pigeon charron coutelier echevin échevin rosier jean paul marc luc" \
    own.txt own.err own.json own.json.err

"$bin" check -p p.policy -k key neg > neg.txt 2> neg.err; rc=$?
"$bin" check --json -p p.policy -k key neg > neg.json 2>> neg.err
check "another row's name, a compound, short names, clinical words: exit 0" test "$rc" -eq 0
check "... none found in the 2 kept columns" has neg.txt "kept values like identifiers: none found in 2 kept columns"
check "... JSON: no kept identifier" test "$(jq neg.json "(r['files'][0]['kept_identifiers'], r['summary']['kept_identifiers'])")" = "([], 0)"
check "no raw name in check's output (negatives)" no_raw_words \
    "vigneron tisserand pigeon charron martin saint-martin jean jean-marc paul marc luc" \
    neg.txt neg.err neg.json

# A kept column that is itself the identifying one is not compared with
# itself (the columns list says it is kept; a column of names is reported
# by the lists, keptscan.h).
mkdir self
printf 'IPP;Nom;Note\n3001;VIGNERON;RAS\n3002;TISSERAND;RAS\n' > self/c.csv
sed -e '/^\[column nom\]/,/^$/{s/^op = fake$/op = keep/;/^kind = /d;}' p.policy > self.policy
"$bin" check -p self.policy -k key self > self.txt 2>&1; rc=$?
check "a kept identifying column is not its own row's name (exit 0)" test "$rc" -eq 0
check "... none found" has self.txt "kept values like identifiers: none found in 2 kept columns"

# The identity source ([project] identity = PATH): a stays file with only
# the IPP, whose kept Note names the patient known from patients.csv.  The
# view reads the source for a rule with a scrub column; check asks it for
# each row's patient (its name words' keyed fingerprints, identity.h).
mkdir ident
printf 'IPP;Nom;Pr\303\251nom\n' > ident/patients.csv
printf '40012308;KERHERVE;Youenn\n40012309;QUINIOU;Gwenc\047hlan\n' >> ident/patients.csv
printf 'IPP;Commentaire;Note\n' > ident/sejours.csv
printf '40012308;RAS;vu ce jour par kerherve\n40012309;RAS;vu ce jour par kerherve-bihan\n40012309;RAS;appeler youenn ce jour\n40012308;RAS;douleur thoracique\n' >> ident/sejours.csv
identity_policy check43-identity sejours commentaire note > ident.policy
"$bin" check -p ident.policy -k key ident > ident.txt 2> ident.err; rc=$?
"$bin" check --json -p ident.policy -k key ident > ident.json 2>> ident.err
check "the identity source's name in a kept cell: exit 3" test "$rc" -eq 3
check "... one cell (not another patient's name, not a compound), line 2" \
    grep -q "column 3 (\[column note\]): 1 cell (the row's own name 1), first at line 2" ident.txt
check "... JSON" test "$(jq ident.json "[(k['column'], k['cells'], k['first_line'], k['kinds']) for f in r['files'] if f['path']=='sejours.csv' for k in f['kept_identifiers']]")" = "[(3, 1, 2, {'own_name': 1})]"
check "no raw name of the identity source in check's output" no_raw_words \
    "kerherve quiniou youenn gwenc'hlan bihan" \
    ident.txt ident.err ident.json

# The bundled samples with the example policy: still exit 0, none found.
mkdir samples
cp -r "$top/conf/samples/." samples/
"$bin" check -p "$top/conf/example.policy" -k key samples > samples.txt 2>&1; rc=$?
check "the samples pass the example policy's check (exit 0)" test "$rc" -eq 0
check "... the samples' kept columns hold none" has samples.txt "kept values like identifiers: none found in 3 kept columns"

finish
