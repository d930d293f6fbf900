#!/bin/sh
# check47: what check46 left in "a kept cell that repeats its own row's
# name".  Reported now: a compound in lower case whose part is the row's
# name and no word of the lexicon ("dupont-lefort" for DUPONT), the row's
# name of several words inside a compound ("Kerherve-Le-Goff" for LE
# GOFF, "Jean-de-la-Fontaine" for DE LA FONTAINE).  No longer reported: a
# place's compound whose first part is the row's name ("Boulogne-sur-Mer"
# for BOULOGNE, "Villeneuve-de-Berg", "Saint-Martin-de-Ré").  A file with
# a scrub column whose identity source cannot be loaded names the source
# by its view path, as a file without one does (check46).  Never a value.
# Synthetic data only.
. "$(dirname "$0")/lib.sh"
cd "$work"

"$bin" keygen key
kept_policy check47 note unite > p.policy

# No raw name in the files' outputs, as whole words in any case (check
# prints no view value, so no fake can satisfy or spoil it).
noleak() {
	no_raw_words "dupont lefort dupont-lefort goff le-goff kerherve fontaine
	    de-la-fontaine boulogne martin villeneuve aix bois grand
	    pigeon vigneron berg avignon ascq georges loubet provence
	    roi paul yann anne luc youenn quiniou tisserand" "$@"
}

# One row a case; the header is line 1.
kept_csv own/a.csv <<'CSV'
1001;DUPONT;Paul;famille dupont-lefort;cardiologie
1002;LEFORT;Paul;courrier dupont-lefort;cardiologie
1003;LE GOFF;Yann;famille Kerherve-Le-Goff;cardiologie
1004;LE GOFF;Yann;famille kerherve-le-goff;cardiologie
1005;DE LA FONTAINE;Anne;courrier Jean-de-la-Fontaine;cardiologie
1006;KERHERVE;Luc;RAS;service kerherve-lefort
CSV
"$bin" check -p p.policy -k key own > own.txt 2> own.err; rc=$?
"$bin" check --json -p p.policy -k key own > own.json 2> own.json.err; rcj=$?
check "lower-case compounds, names of several words in a compound: exit 3" test "$rc" -eq 3
check "... exit 3 with --json too" test "$rcj" -eq 3
check "... Note: 5 cells, the row's own name, line 2" \
    grep -q "column 4 (\[column note\]): 5 cells (.*the row's own name 5), first at line 2" own.txt
check "... Unité: a lower-case compound, line 7" \
    grep -q "column 5 (\[column unite\]): 1 cell (the row's own name 1), first at line 7" own.txt
check "... JSON: column, count, line, own_name" \
    test "$(jq own.json "[(k['column'], k['cells'], k['first_line'], k['kinds']['own_name']) for k in r['files'][0]['kept_identifiers']]")" = \
    "[(4, 5, 2, 5), (5, 1, 7, 1)]"
check "no raw name in check's output" noleak own.txt own.err own.json own.json.err

# Each case alone: every one of them is found.
kept_alone own/a.csv 2 3 4 5 6 7

# Places whose first part is the row's name, lower-case compounds of
# ordinary words: none.  check46 reported every place but the saint's.
kept_csv neg/b.csv <<'CSV'
2001;BOULOGNE;Paul;né à Boulogne-sur-Mer;cardiologie
2002;MARTIN;Paul;Saint-Martin-de-Ré;cardiologie
2003;VILLENEUVE;Paul;Villeneuve-de-Berg;cardiologie
2004;VILLENEUVE;Paul;Villeneuve-lès-Avignon;cardiologie
2005;VILLENEUVE;Paul;Villeneuve-d'Ascq;cardiologie
2006;VILLENEUVE;Paul;Villeneuve-Saint-Georges;cardiologie
2007;VILLENEUVE;Paul;Villeneuve-Loubet;cardiologie
2008;AIX;Paul;Aix-en-Provence;cardiologie
2009;BOIS;Paul;Bois-le-Roi;cardiologie
2010;MARTIN;Paul;Martin-Vigneron 06270;cardiologie
2011;GRAND;Paul;sa grand-mère;cardiologie
2012;PIGEON;Luc;jeu de pigeon-vole;cardiologie
2013;MARTIN;Luc;un martin-pêcheur;cardiologie
2014;DUPONT;Luc;RAS;service boulogne-sur-mer
CSV
"$bin" check -p p.policy -k key neg > neg.txt 2> neg.err; rc=$?
"$bin" check --json -p p.policy -k key neg > neg.json 2>> neg.err
check "places, ordinary lower-case compounds: exit 0" test "$rc" -eq 0
check "... none found in the 2 kept columns" has neg.txt "kept values like identifiers: none found in 2 kept columns"
check "... JSON: no kept identifier" test "$(jq neg.json "(r['files'][0]['kept_identifiers'], r['summary']['kept_identifiers'])")" = "([], 0)"
check "no raw name in check's output (negatives)" noleak neg.txt neg.err neg.json

# The identity source cannot be loaded (missing): a file with a scrub
# column (its view needs the source: it cannot be shown) and a file of
# kept notes (incomplete) say it the same way, by the source's view path.
mkdir idmiss
printf 'IPP;Note\n40012308;RAS\n40012309;vu par quiniou\n' > idmiss/sejours.csv
printf 'IPP;Commentaire\n40012308;appel de youenn quiniou\n' > idmiss/comments.csv
identity_policy check47-identity sejours note > id.policy
printf '[file comments]\nmatch = comments.csv\n[column commentaire]\nheaders = Commentaire\nop = scrub\n' >> id.policy
"$bin" check -p id.policy -k key idmiss > idmiss.txt 2> idmiss.err; rc=$?
"$bin" check --json -p id.policy -k key idmiss > idmiss.json 2>> idmiss.err; rcj=$?
check "a missing identity source, a file with a scrub column: exit 1" test "$rc" -eq 1
check "... exit 1 with --json too" test "$rcj" -eq 1
check "... the scrub column's file: CANNOT BE SHOWN, by the source's view path" \
    has idmiss.txt "CANNOT BE SHOWN: the identity source patients.csv cannot be read (the identity source cannot be opened)"
check "... the kept notes' file: INCOMPLETE, the same words" \
    has idmiss.txt "INCOMPLETE: the identity source patients.csv cannot be read (the identity source cannot be opened)"
check "... JSON: both files' identity_source, one cannot be shown" \
    test "$(jq idmiss.json "(sorted((f['path'], f['status'], f.get('identity_source')) for f in r['files']), r['summary']['failed'], r['summary']['identity_unread'])")" = \
    "([('comments.csv', 'error', {'path': 'patients.csv', 'status': 'error', 'what': 'the identity source cannot be opened'}), ('sejours.csv', 'ok', {'path': 'patients.csv', 'status': 'error', 'what': 'the identity source cannot be opened'})], 1, 1)"
check "no raw value in check's output (missing source)" noleak idmiss.txt idmiss.err idmiss.json
check "... nor an IPP" sh -c "! grep -q 4001230 idmiss.txt idmiss.json"

# The source in a directory the view renames (dirs = token), without its
# patient column: the scrub column's file names it by its view path, the
# source directory never.
mkdir -p idbad/kerherve
printf 'Nom;Pr\303\251nom\nQUINIOU;Youenn\n' > idbad/kerherve/patients.csv
cp idmiss/comments.csv idbad/
sed 's#^identity = patients.csv#identity = kerherve/patients.csv#; s#^match = patients.csv#match = */patients.csv#; s#^columns = drop#columns = drop\ndirs = token#' id.policy > idbad.policy
"$bin" check -p idbad.policy -k key idbad > idbad.txt 2> idbad.err; rc=$?
"$bin" check --json -p idbad.policy -k key idbad > idbad.json 2>> idbad.err
check "a source without its patient column, a scrub column: exit 1" test "$rc" -eq 1
check "... CANNOT BE SHOWN, by its view path (a token directory)" \
    grep -q "CANNOT BE SHOWN: the identity source dir-[a-z0-9]*/patients.csv cannot be read (the identity source has no patient column)" idbad.txt
check "... JSON: the view path" \
    test "$(jq idbad.json "[f['identity_source']['path'].startswith('dir-') for f in r['files'] if f['path']=='comments.csv']")" = "[True]"
check "no raw value or source directory in check's output" noleak idbad.txt idbad.err idbad.json

finish
