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
# case ("M. le maire").  check46: the row's name as a capitalized part of
# a hyphenated compound ("Tisserand-Coutelier"), not after a saint, a
# particle or a place's word ("Saint-Martin") nor in lower case
# ("saint-jean"); an identity source that cannot be loaded is said
# (INCOMPLETE, by its view path, exit 1).  Never a value.  Synthetic data
# only.
. "$(dirname "$0")/lib.sh"
cd "$work"

"$bin" keygen key
kept_policy check45 note unite > p.policy

# No raw name in the files' outputs, as whole words in any case (check
# prints no view value, so no fake can satisfy or spoil it).
noleak() {
	no_raw_words "dupont martin vigneron tisserand charron jean pierre
	    jean-pierre goff legoff sabotier vannier echevin rosier yann
	    paul marc luc ng li vu ba wei kerherve quiniou youenn roches
	    anne le coutelier sabotier pigeon lefort vigneron-coutelier
	    tisserand-coutelier" "$@"
}

# One row a case; the header is line 1.  Each kept Note repeats a piece of
# its own row's name that check43 did not look for.
kept_csv own/a.csv <<'CSV'
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
kept_alone own/a.csv 2 3 4 5 6 7 8

# Strangers' names, particles and marital words alone, short names alone,
# inside words, in lower case: none.
kept_csv neg/b.csv <<'CSV'
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
identity_policy check45-identity sejours note > ident.policy
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

# check46: the row's name as a part of a hyphenated compound of the cell,
# written with capitals ("Tisserand-Coutelier" for TISSERAND,
# "Jean-Sabotier" for Jean or SABOTIER, a U+2011 hyphen).  check45 took
# every compound whole.
kept_csv comp/a.csv <<'CSV'
3001;TISSERAND;Paul;RAS;cardiologie
3002;TISSERAND;Paul;vu par Mme Tisserand-Coutelier;cardiologie
3003;VIGNERON;Jean;courrier Jean-Sabotier;cardiologie
3004;SABOTIER;Marc;vu avec Jean-Sabotier;cardiologie
CSV
printf '3005;COUTELIER;Luc;famille VIGNERON\342\200\221COUTELIER;cardiologie\n' >> comp/a.csv
"$bin" check -p p.policy -k key comp > comp.txt 2> comp.err; rc=$?
"$bin" check --json -p p.policy -k key comp > comp.json 2>> comp.err
check "check46: the row's name in a compound: exit 3" test "$rc" -eq 3
check "... 4 cells, the row's own name, first at line 3" \
    grep -q "column 4 (\[column note\]): 4 cells (.*the row's own name 4), first at line 3" comp.txt
check "... JSON own_name 4" test "$(jq comp.json "[(k['column'], k['first_line'], k['kinds'].get('own_name')) for k in r['files'][0]['kept_identifiers']]")" = "[(4, 3, 4)]"
for n in 3 4 5 6; do
	mkdir "comp$n"
	sed -n "1p;${n}p" comp/a.csv > "comp$n/a.csv"
	"$bin" check --json -p p.policy -k key "comp$n" > "comp$n.json" 2>&1
	check "... compound line $n alone: the row's own name" test \
	    "$(jq "comp$n.json" "[k['kinds'].get('own_name') for k in r['files'][0]['kept_identifiers']]")" = "[1]"
done
check "no raw name in check's output (compounds)" noleak comp.txt comp.err comp.json

# Not the row's: a part after a saint, a particle or a place's word, a
# compound in lower case.
kept_csv compneg/a.csv <<'CSV'
3101;MARTIN;Luc;Saint-Martin;cardiologie
3102;CHARRON;Jean;feu de la saint-jean;cardiologie
3103;PIGEON;Luc;jeu de pigeon-vole;cardiologie
3104;VIGNERON;Paul;Boulogne-sur-Vigneron;cardiologie
3105;COUTELIER;Luc;Port-Coutelier;cardiologie
3106;TISSERAND;Paul;Saint-Jean-de-Tisserand;cardiologie
3107;SABOTIER;Marc;Tisserand-Coutelier;cardiologie
CSV
"$bin" check -p p.policy -k key compneg > compneg.txt 2> compneg.err; rc=$?
"$bin" check --json -p p.policy -k key compneg > compneg.json 2>> compneg.err
check "check46: saint, particle, place, lower case, a stranger: exit 0" test "$rc" -eq 0
check "... none found" has compneg.txt "kept values like identifiers: none found in 2 kept columns"
check "... JSON: no kept identifier" test "$(jq compneg.json "r['files'][0]['kept_identifiers']")" = "[]"
check "no raw name in check's output (compound negatives)" noleak compneg.txt compneg.err compneg.json

# check46: an identity source that cannot be loaded.  A file with kept
# cells and the patient column was compared with nothing, silently:
# check45 said "none found", exit 0.  Now INCOMPLETE, by the source's view
# path, exit 1, never a value.
mkdir idmiss
cp ident/sejours.csv idmiss/
"$bin" check -p ident.policy -k key idmiss > idmiss.txt 2> idmiss.err; rc=$?
"$bin" check --json -p ident.policy -k key idmiss > idmiss.json 2>> idmiss.err; rcj=$?
check "check46: a missing identity source: exit 1" test "$rc" -eq 1
check "... exit 1 with --json too" test "$rcj" -eq 1
check "... INCOMPLETE, named by its view path" \
    has idmiss.txt "INCOMPLETE: the identity source patients.csv cannot be read (the identity source cannot be opened)"
check "... the summary counts it" has idmiss.txt "1 not compared with the identity source"
check "... JSON: the file's identity_source, summary.identity_unread" \
    test "$(jq idmiss.json "([f.get('identity_source') for f in r['files']], r['summary']['identity_unread'], r['summary']['failed'])")" = \
    "([{'path': 'patients.csv', 'status': 'error', 'what': 'the identity source cannot be opened'}], 1, 0)"
check "no raw value in check's output (missing source)" noleak idmiss.txt idmiss.err idmiss.json
check "... nor an IPP" sh -c "! grep -q 4001230 idmiss.txt idmiss.json"

# A source in a directory the view renames (dirs = token), without its
# patient column: named by its view path, the source directory never.
mkdir -p idbad/kerherve
printf 'Nom;Pr\303\251nom\nKERHERVE;Youenn\n' > idbad/kerherve/patients.csv
cp ident/sejours.csv idbad/
sed 's#^identity = patients.csv#identity = kerherve/patients.csv#; s#^match = patients.csv#match = */patients.csv#; s#^columns = drop#columns = drop\ndirs = token#' ident.policy > idbad.policy
"$bin" check -p idbad.policy -k key idbad > idbad.txt 2> idbad.err; rc=$?
check "check46: an identity source without its patient column: exit 1" test "$rc" -eq 1
check "... INCOMPLETE, by its view path (a token directory)" \
    grep -q "INCOMPLETE: the identity source dir-[a-z0-9]*/patients.csv cannot be read (the identity source has no patient column)" idbad.txt
check "no raw value or source directory in check's output" noleak idbad.txt idbad.err

# The loaded source's name as a part of a compound of the cell.
mkdir idcomp
cp ident/patients.csv idcomp/
printf 'IPP;Note\n40012308;RAS\n40012308;famille Kerherve-Lefort\n' > idcomp/sejours.csv
"$bin" check -p ident.policy -k key idcomp > idcomp.txt 2> idcomp.err; rc=$?
check "check46: the identity source's name in a compound: exit 3" test "$rc" -eq 3
check "... 1 cell, line 3, nothing incomplete" sh -c \
    "grep -q \"column 2 (\[column note\]): 1 cell (.*the row's own name 1), first at line 3\" idcomp.txt && ! grep -q INCOMPLETE idcomp.txt"
check "no raw name in check's output (identity compound)" noleak idcomp.txt idcomp.err

# The bundled samples with the example policy: as before.
mkdir samples
cp -r "$top/conf/samples/." samples/
"$bin" check -p "$top/conf/example.policy" -k key samples > samples.txt 2>&1; rc=$?
check "the samples pass the example policy's check (exit 0)" test "$rc" -eq 0
check "... the samples' kept columns hold none" has samples.txt "kept values like identifiers: none found in 3 kept columns"

finish
