#!/bin/sh
# Directory and file names are data (issue 9, section 1): a source tree whose
# directory names are patients' (labo/DUPONT_Jean/, 1840275123456/2023/,
# export_x/MARTIN Paul/) shows none of them raw, in the export, the mount's
# listing, the audit file, the daemon's log, check's report or
# /proc/mounts.  Two names that give one view name are both refused; a name
# that cannot be tokenized refuses that file only; a kept name that looks
# like an identifier is refused unless the policy says so; '*' never
# crosses '/'; a prefix that makes a hidden name is refused.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/mountlib.sh"
cd "$work"

"$bin" keygen key
{ cat <<'P'
[project]
name = names-test

[file patients]
match = patients*.csv, */*/patients*.csv

[file labo]
match = labo/*/*.tsv

[file exports]
match  = export_*.csv, export_x/*/export_*.csv
rename = token
prefix = export_

# A date in a name: 8 digits, shown because the policy says so.
[file releves]
match = releve_*.csv
suspect_names = show

[dir labo]
match = labo

P
policy_columns ipp nom; } > policy
row() { printf 'IPP;Nom\n%s;%s\n' "$1" "$2"; }
mkdir -p src/labo/DUPONT_Jean src/1840275123456/2023 "src/export_x/MARTIN Paul"
printf 'IPP\tNom\n1001\tDurand\n' > src/labo/DUPONT_Jean/resultats.tsv
row 1002 Petit > src/1840275123456/2023/patients.csv
row 1003 Lefort > "src/export_x/MARTIN Paul/export_MARTIN_Paul.csv"
row 1004 Roux > src/patients.csv
row 1005 Faure > src/export_DUPONT_Jean.csv	# these two collide
row 1006 Faure > src/export_dupont_jean.csv
row 1007 Gilles > src/export_ok.csv
row 1008 Hamon > "$(printf 'src/export_\377\376.csv')"	# not UTF-8
row 1009 Henry > src/patients_12345678.csv	# kept, 8 digits: refused
row 1010 Jacob > src/releve_20230115.csv	# kept, allowed by the policy
# Kept names with an identifier written in groups, an email, a newline:
# refused like patients_12345678.csv.
row 1011 Leroy > src/patients_06.51.94.88.22.csv	# a phone
row 1012 Marchal > src/patients_21-06-1947.csv	# a birth date
row 1013 Noel > src/patients_jd42@orange.fr.csv	# an email
row 1014 Perrin > "$(printf 'src/patients_a\nsummary: 0 files.csv')"

# What must never appear (case-insensitive): the raw directory names and
# the refused names.
rawnames='DUPONT|MARTIN|1840275123456|12345678|06\.51\.94|21-06-1947|jd42@|summary: 0 files'
noraw() {
	for f in "$@"; do
		if grep -qiaE "$rawnames" "$f"; then
			echo "raw name in $f:"; grep -iaE "$rawnames" "$f" | head -3
			return 1
		fi
	done
	return 0
}

# The view names of single files, from the exporter (the oracle).
viewname() { rm -rf vn && mkdir vn && "$bin" export -p policy -k key "$1" vn/ 2>/dev/null; ls vn; }
ok_name=$(viewname src/export_ok.csv)
dup_name=$(viewname src/export_DUPONT_Jean.csv)
check "the colliding names give one view name" test "$dup_name" = "$(viewname src/export_dupont_jean.csv)"
check "a single-file export names the token" sh -c "echo '$ok_name' | grep -qE '^export_[0-9a-z]{16}\.csv$'"

# ---- the exporter ----
"$bin" export -p policy -k key src out 2>export.err; st=$?
check "the export fails (collision, not UTF-8, suspect name)" test "$st" -ne 0
(cd out && find . | sort) > out.list
check "no raw directory or refused name in the export tree" noraw out.list
check "nor in the exporter's messages" noraw export.err
check "the [dir] rule keeps labo/" test -d out/labo
check "labo/'s patient directory is a token" sh -c "ls out/labo | grep -qE '^dir-[0-9a-z]{16}$'"
check "the file under it is exported" sh -c "test -s out/labo/dir-*/resultats.tsv"
check "the NIR-named tree is exported under tokens" sh -c "test -s out/dir-*/dir-*/patients.csv"
check "the renamed file under MARTIN Paul is exported" sh -c "ls out/dir-*/dir-*/export_*.csv >/dev/null"
check "neither colliding file is written" test ! -e "out/$dup_name"
check "the collision is reported by its view name" grep -q "$dup_name: two or more source entries" export.err
check "the file beside the non-UTF-8 name is exported" test -s "out/$ok_name"
check "the non-UTF-8 name is reported" grep -q "not UTF-8" export.err
check "one export_ file at the root: export_ok.csv's, none of the refused" test "$(ls out | grep -c '^export_')" -eq 1
check "the kept 8-digit name is refused" test ! -e out/patients_12345678.csv
check "it is reported as looking like an identifier" grep -q "looks like an identifier" export.err
check "kept names with a dotted phone, a birth date, an email, a newline: refused" \
    test "$(ls out | grep -c '^patients')" -eq 1
check "suspect_names = show keeps releve_20230115.csv" test -s out/releve_20230115.csv
check "patients.csv is kept" test -s out/patients.csv
# Every file of src/ matches a rule: the refused ones are not counted again
# by the drift scan as files no rule matches (nor by the summary).
check "drift counts no refused name as unmatched" sh -c "! grep -q 'no \\[file\\] rule matches' export.err"
check "nor does the summary" grep -q ", 0 not matched by any rule," export.err

# An earlier output under the colliding name: neither source is written
# over it; --update (the destination follows the view) removes it, since
# the view has no such file.
cp -r out out2 && printf 'previous\n' > "out2/$dup_name"
"$bin" export --update -p policy -k key src out2 2>update.err; st=$?
check "export --update fails on the collision too" test "$st" -ne 0
check "neither colliding source is written over an earlier output" sh -c "test ! -e '$work/out2/$dup_name' || grep -qx previous '$work/out2/$dup_name'"
check "the rest of the tree is still the view's" diff -r -x "$dup_name" out out2

# ---- globs: '*' does not cross '/' ----
sed 's|^match = labo/\*/\*.tsv|match = labo/*.tsv|' policy > shallow.policy
"$bin" export -p shallow.policy -k key src shallow 2>/dev/null
check "labo/*.tsv does not reach labo/<dir>/resultats.tsv" sh -c "! find shallow -name resultats.tsv | grep -q ."
printf '[project]\nname = x\n[file a]\nmatch = a**b.csv\n' > bad.policy
check_not "'**' inside a component is refused" "$bin" export -p bad.policy -k key src bad 2>bad.err
check "with a reason" grep -q "whole component" bad.err

# ---- dirs = hide ----
sed 's|^name = names-test|name = names-test\ndirs = hide|' policy > hide.policy
"$bin" export -p hide.policy -k key src hidden 2>/dev/null
check "dirs = hide: no directory is shown (labo/ holds only a hidden one)" test -z "$(cd hidden && find . -mindepth 1 -type d)"
check "dirs = hide: the root's files still are" test -s hidden/patients.csv

# ---- the policy refuses a prefix that hides ----
for pre in . .x ..; do
	sed "s|^prefix = export_|prefix = $pre|" policy > dot.policy
	check_not "prefix = $pre is refused" "$bin" export -p dot.policy -k key src dotout 2>dot.err
	check "prefix = $pre: the message says why" grep -q "hidden" dot.err
done

# ---- check ----
"$bin" check -p policy -k key src > check.out 2>check.err; st=$?
check "check exits 1: entries cannot be shown" test "$st" -eq 1
check "no raw name in check's report" noraw check.out check.err
check "check reports the collision" grep -q "$dup_name: NOT SHOWN" check.out
check "check reports the suspect kept name" grep -q "looks like an identifier" check.out
check "refused entries are not counted as unmatched" grep -q '^  \./: 0 files no rule matches' check.out
check "check warns about a kept name with 8 digits shown by the policy" grep -q "releve_20230115.csv: warning" check.out
check "check counts the renamed directories" grep -q "5 directories shown as tokens" check.out
"$bin" check --json -p policy -k key src > check.json 2>/dev/null
check "the JSON report parses" python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if d["renamed_directories"] == 5 and any(not n["shown"] for n in d["names"]) else 1)' check.json
check "no raw name in the JSON report" noraw check.json
"$bin" check --show-names -p policy -k key src > names.out 2>/dev/null
check "--show-names prints the source names (explicit opt-in)" grep -q "DUPONT_Jean" names.out

# ---- the mount ----
opts="-o policy=$work/policy,key=$work/key,audit=$work/audit.log"
check "pseudonymfs mounts" mount_view src mnt fs.log $opts || finish
(cd mnt && find . | sort) > mnt.list
check "the mount lists exactly the export's tree" cmp -s mnt.list out.list
check "no raw name in the mount's listing" noraw mnt.list
check "every file equals the export" diff -r mnt out
check "a source directory name cannot be looked up" test ! -e mnt/labo/DUPONT_Jean
check "nor a NIR-named one" test ! -e mnt/1840275123456
check "neither colliding file can be opened" test ! -e "mnt/$dup_name"
check "the file beside the non-UTF-8 name is shown" test -s "mnt/$ok_name"
check "the refused kept name cannot be opened" test ! -e mnt/patients_12345678.csv
check "nor the one with a phone in groups" test ! -e mnt/patients_06.51.94.88.22.csv
check "nor the one with an email" test ! -e mnt/patients_jd42@orange.fr.csv
# A refused name is logged once, not on every listing (loglimit.h).
ls mnt > /dev/null
before=$(grep -c "$dup_name: two or more" fs.log)
ls -l mnt > /dev/null
ls mnt/. > /dev/null
check "the listings so far logged the collision once" test "$before" -eq 1
check "two more listings add no line" \
    test "$(grep -c "$dup_name: two or more" fs.log)" -eq 1
check "nor for the kept name like an identifier" \
    test "$(grep -c "looks like an identifier" fs.log)" -eq 1
grep " $work/mnt " /proc/mounts > mounts.line
check "/proc/mounts names the view pseudonymfs" sh -c "cut -d' ' -f1 mounts.line | grep -qx pseudonymfs"
check "/proc/mounts does not carry the source path" sh -c "! grep -qF '$work/src' mounts.line"
check "no raw name in /proc/mounts" noraw /proc/mounts
# /proc/PID/cmdline is readable by every local user while the daemon runs:
# it shows the mount point only, not the source's, key's or policy's path.
dpid=$(cat fs.log.pid)
tr '\0' '\n' < "/proc/$dpid/cmdline" > cmdline.txt
check "the daemon's command line does not carry the source path" \
    sh -c "! grep -qx src cmdline.txt"
check "nor the key's, the policy's or the audit log's path" \
    sh -c "! grep -qE 'key=|policy=|audit=|$work/key' cmdline.txt"
check "it names the mount point" grep -qx "$work/mnt" cmdline.txt
# A source root named after its patient: not in what any user can read.
mkdir -p mnt2
check "a source named after its patient mounts" \
    mount_view "src/export_x/MARTIN Paul" mnt2 fs2.log \
    -o "policy=$work/policy,key=$work/key,audit=$work/audit2.log"
check "its export is shown under a token" sh -c "ls mnt2 | grep -q '^export_'"
tr '\0' '\n' < "/proc/$(cat fs2.log.pid)/cmdline" > cmdline2.txt
setpriv --reuid=nobody --regid=nogroup --clear-groups \
    cat "/proc/$(cat fs2.log.pid)/cmdline" > cmdline2.nobody 2>&1
check "another user reads its command line" test -s cmdline2.nobody
check "no raw name in the daemon's command line" noraw cmdline2.txt cmdline2.nobody
check "the second mount unmounts cleanly" unmount_view mnt2 fs2.log
check "unmounts cleanly" unmount_view mnt fs.log

# ---- a number read across kept components (redteam12) ----
# Neither 1840275/ nor 123456.csv is 8 digits, but the path shows a NIR:
# the kept components a number runs across are read as one name.  A token
# parent breaks the number; a word or a short number is still kept.
cat > split.policy <<'P'
[project]
name = names-split

[file kept]
match = */*.csv

[dir kept]
match = 1840275, 2023

P
policy_columns ipp nom >> split.policy
mkdir -p split/1840275 split/2023 split/1840276
row 1020 Vidal > split/1840275/123456.csv	# refused: a NIR across '/'
row 1021 Weber > split/1840275/notes.csv	# shown: keeps 1840275/ shown
row 1022 Colin > split/2023/06.csv		# shown: 6 digits, a warning
row 1023 Blanc > split/1840276/123456.csv	# shown: its parent is a token
"$bin" export -p split.policy -k key split splitout 2>split.err
(cd splitout && find . | sort) > split.list
check "a NIR across a kept directory and a kept file name: refused" \
    sh -c "! grep -q '1840275/123456' split.list"
check "the kept directory's other file is shown" test -s splitout/1840275/notes.csv
check "a short number across components is kept" test -s splitout/2023/06.csv
check "a token parent breaks the number" sh -c "grep -qE '^./dir-[0-9a-z]{16}/123456.csv$' split.list"
mkdir -p smnt
check "the split tree mounts" mount_view split smnt smnt.log \
    -o "policy=$work/split.policy,key=$work/key,audit=$work/split_audit.log"
ls smnt/1840275 > smnt.ls 2>&1
check "no NIR across components in the mount's listing" sh -c "! grep -q 123456 smnt.ls"
check "nor can it be opened by its source name" sh -c "! cat smnt/1840275/123456.csv >/dev/null 2>&1"
check "its sibling is shown" grep -qx notes.csv smnt.ls
check "the split mount unmounts cleanly" unmount_view smnt smnt.log

# ---- first names the curated lists lacked; a word after the last dot ----
# (hostile29) VIGNERON_Paul.csv (a surname no list holds beside one of the
# commonest first names) was shown whole by the export and the mount, and
# a renamed x.paul, x.poule showed the word after the token.
cat > fn.policy <<'P'
[project]
name = names-first

[file notes]
match = cr_*
rename = token
prefix = cr-

[file kept]
match = *.csv

P
policy_columns ipp nom >> fn.policy
mkdir -p fn
row 1030 Roux > fn/patients_VIGNERON_Paul.csv	# refused: Paul
row 1031 Roux > fn/bilan_Lea.csv			# refused: Léa
row 1032 Roux > fn/cr_VIGNERON.paul			# renamed whole
row 1033 Roux > fn/cr_x.poule				# renamed whole
row 1034 Roux > fn/sejours_paris.csv			# shown: a place
row 1035 Roux > fn/valeurs_max.csv			# shown: a word
row 1036 Roux > fn/cr_ok.csv				# renamed, .csv kept
"$bin" export -p fn.policy -k key fn fnout 2>fn.err
(cd fnout && find . | sort) > fn.list
mkdir -p fnmnt
check "first names: the tree mounts" mount_view fn fnmnt fnmnt.log \
    -o "policy=$work/fn.policy,key=$work/key,audit=$work/fn_audit.log"
(cd fnmnt && find . | sort) > fnmnt.list
check "first names: the mount lists the export's tree" cmp -s fn.list fnmnt.list
check_not "first names: no Paul, Lea, Vigneron, poule in the listing or a message" \
    grep -qiE 'paul|lea|vigneron|poule' fn.list fnmnt.list fn.err fnmnt.log fn_audit.log
check "first names: the renamed files are shown without the word" \
    test "$(grep -cE '^\./cr-[0-9a-z]{16}$' fnmnt.list)" -eq 2
check "first names: a place, a word and a type are still shown" \
    sh -c "grep -qx ./sejours_paris.csv fnmnt.list && grep -qx ./valeurs_max.csv fnmnt.list && grep -qE '^\./cr-[0-9a-z]{16}\.csv$' fnmnt.list"
check "first names: the mount unmounts cleanly" unmount_view fnmnt fnmnt.log
check "the daemon logged the collision by its view name" grep -q "$dup_name: two or more" fs.log
check "no raw name in the daemon's log" noraw fs.log
check "the audit file records the deep opens by view path" grep -q 'labo/dir-' audit.log
check "no raw name in the audit file" noraw audit.log
check_nothing_left
finish
