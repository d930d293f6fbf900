#!/bin/sh
# Policy drift at start (issue 13 item 4, docs/check.md): the exporter and
# the mount print, before anything is served, each header no rule names,
# each expected rule no header matches and the files no rule matches,
# without values; --strict / -o strict refuses to start on any.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/mountlib.sh"
cd "$work"

"$bin" keygen key
{ cat <<'POL'
[project]
name = drift-test

[file patients]
match  = patients*.csv
expect = ipp, naissance

[file labo]
match = labo/*.tsv

POL
policy_columns ipp nom; cat <<'POL'
[column naissance]
headers = Date de naissance
op = birthdate
POL
} > policy

# A clean tree: every file matched, every header named.
mkdir -p clean/labo
printf 'IPP;Nom;Date de naissance\n1001;Alpha;01/02/1950\n' > clean/patients.csv
printf 'IPP\tNom\n1001\tAlpha\n' > clean/labo/r.tsv
# A drifted one: a misspelled header (naissance missing, a column no rule
# names), a file without its header line (its first row is data), a file
# no glob matches (a misspelled directory), a hidden file (never a finding).
mkdir -p drifted/labo drifted/laboratoire
printf 'IPP;Nom;Date de naisance;Couleur\n1001;Alpha;01/02/1950;bleu\n' > drifted/patients.csv
printf '1002;SECRETNOM;03/04/1960\n1003;Beta;05/06/1970\n' > drifted/patients_noheader.csv
printf 'IPP\tNom\n1001\tAlpha\n' > drifted/labo/r.tsv
printf 'IPP\tNom\n1004\tSECRETLAB\n' > drifted/laboratoire/r.tsv
printf 'IPP;Nom\n1005;Hidden\n' > drifted/.cache.csv
# A tree whose only drift is a file a rule shows under a name that looks
# like an identifier (rename = keep, the default): refused, so missing from
# the view; until redteam13 neither the start report nor --strict, nor -o
# strict, said a word of it.
mkdir -p refused
printf 'IPP;Nom;Date de naissance\n1001;Alpha;01/02/1950\n' > refused/patients.csv
printf 'IPP;Nom;Date de naissance\n1006;Gamma;01/02/1950\n' > refused/patients_DUPONT.csv

# ---- the exporter ----
check "a clean tree exports without a finding" sh -c "'$bin' export -p policy -k key clean out-clean 2>err && ! grep -q 'drift:' err"
check "a clean tree exports with --strict" "$bin" export --strict -p policy -k key clean out-clean2
check "--strict changes nothing in a clean export" diff -r out-clean out-clean2

check "a drifted tree still exports without --strict" "$bin" export -p policy -k key drifted out 2>err
check "the missing expected rule is named" has err "patients.csv: no header matches [column naissance], which [file patients] expects"
check "the misspelled header is named by position" has err "patients.csv: column 3: no rule names its header: dropped"
check "so is the extra column" has err "patients.csv: column 4: no rule names its header: dropped"
check "a header-less file: its columns by position" has err "patients_noheader.csv: column 2: no rule names its header"
check "the unmatched file is counted, not named" has err "drift: ./: 1 file no [file] rule matches (1 in directories the view does not show)"
check "the summary line says what --strict would do" has err "would be refused by --strict"
check_not "no header text of a finding is printed" grep -q "naisance\|Couleur" err
check_not "no cell of a header-less file is printed" grep -q "SECRETNOM\|1002\|03/04/1960" err
check_not "no name of an unmatched entry is printed" grep -q "laboratoire\|SECRETLAB" err
check_not "a hidden file is no finding" grep -q "cache" err

# A wide header no rule names: 20 columns named one by one, the rest on one
# line, every one counted in the summary; never a line per column.
mkdir -p wide
python3 -c "print(';'.join(['IPP'] + ['w%d' % i for i in range(500)])); print(';'.join(['1'] + ['SECRETW'] * 500))" > wide/patients.csv
"$bin" export -p policy -k key wide out-wide 2>err
check "a wide header: 20 columns named" test "$(grep -c ': column [0-9]*: no rule names its header' err)" -eq 20
check "  and the other 480 on one line" has err "patients.csv: and 480 more columns no rule names: 480 dropped, 0 KEPT AS THEY ARE"
check "  the summary counts all 500" has err "500 headers no rule names"
check_not "  no cell of it is printed" grep -q "SECRETW" err
"$bin" export -q -p policy -k key drifted out-q 2>err
check "-q: no finding printed" sh -c "! grep -q 'drift:' err"
check_not "-q --strict still refuses" "$bin" export -q --strict -p policy -k key drifted out-qs 2>err
check "  and then prints why" has err "refused by --strict"
check_not "--strict refuses a drifted tree" "$bin" export --strict -p policy -k key drifted out-strict 2>err
check "  and says so" has err "refused by --strict"
check "  and writes nothing" test ! -e out-strict
check_not "--strict refuses a single file with drift" "$bin" export --strict -p policy -k key drifted/patients.csv one.csv 2>/dev/null
check "  and writes nothing" test ! -e one.csv
check "--strict exports a single clean file" "$bin" export --strict -p policy -k key clean/patients.csv one.csv
# Only one rule, so standard input needs no --as; stdin is read once: not scanned.
check "standard input is exported under --strict (read once, not scanned)" sh -c "'$bin' export --strict -p policy -k key --as patients.csv - - < clean/patients.csv > stdin.csv"

"$bin" export -p policy -k key refused out-ref 2>err
check "a file refused for its name is a finding, counted" has err "drift: ./: 1 entry a [file] or [dir] rule shows cannot be shown under its name"
check "  in the summary" has err "0 files no rule matches, 0 files that cannot be shown, 1 name refused): would be refused by --strict"
check_not "  not named" grep -q "DUPONT" err
check_not "--strict refuses a tree with a refused name" "$bin" export --strict -p policy -k key refused out-ref-strict 2>/dev/null
check "  and writes nothing" test ! -e out-ref-strict
check_not "--strict refuses the refused file given alone" "$bin" export --strict -p policy -k key refused/patients_DUPONT.csv one-ref.csv 2>err
check_not "  and names it by no source name" grep -q "DUPONT" err

# ---- the mount ----
opts="-o policy=$work/policy,key=$work/key"
mkdir -p mnt4
"$fsbin" -f $opts,strict,audit=$work/strict4.audit refused mnt4 2>strict4.log; st=$?
check "-o strict refuses to mount a tree with a refused name" test "$st" -eq 1
check "  and says why, naming no source name" sh -c "grep -q '1 name refused' strict4.log && ! grep -q DUPONT strict4.log"
check "a drifted tree mounts without strict" mount_view drifted mnt fs.log $opts || finish
check "the mount log has the findings" has fs.log "pseudonymfs: drift: patients.csv: no header matches [column naissance]"
check "  and the summary" has fs.log "would be refused by -o strict"
check_not "  and no value" grep -q "SECRETNOM\|SECRETLAB\|naisance\|laboratoire" fs.log
check "pseudonymfs unmounts" unmount_view mnt fs.log
mkdir -p mnt2
"$fsbin" -f $opts,strict,audit=$work/strict.audit drifted mnt2 2>strict.log; st=$?
check "-o strict refuses to mount a drifted tree" test "$st" -eq 1
check "  and says why" has strict.log "refused by -o strict"
check "  and nothing is mounted" sh -c "! mountpoint -q mnt2"
check "-o strict mounts a clean tree" mount_view clean mnt3 fs3.log $opts,strict || finish
check "  which shows the export" diff -r mnt3 out-clean
check "  and logs no finding" sh -c "! grep -q 'drift:' fs3.log"
check "pseudonymfs unmounts" unmount_view mnt3 fs3.log

# ---- two [file] rules that match one file (redteam11) ----
# A catch-all above stricter rules: the first match wins, so [file
# patients] (a token for the name) applied to nothing, and the names under
# the catch-all's columns = keep came out raw, without a word.  Said by the
# exporter, the mount's log and check, by rule names and counts only (a
# patient-named file under rename = token is never named); not a finding.
{ cat <<'POL'
[project]
name = drift-test

[file all]
match = *.csv
columns = keep
rename = token

[file patients]
match  = patients*.csv

[file shadowed]
match  = patients_x*.csv

[file labo]
match = labo/*.tsv

POL
policy_columns ipp nom
} > policy_ov
mkdir -p ov/labo
printf 'IPP;Nom\n1001;ZORGLUOV\n' > ov/patients.csv
printf 'IPP;Nom\n1002;ZORGLUOW\n' > ov/patients_x.csv
printf 'IPP;Nom\n1003;ZORGLUOX\n' > ov/export_ZORGLUNAME.csv
printf 'IPP\tNom\n1001\tAlpha\n' > ov/labo/r.tsv
"$bin" export --strict -p policy_ov -k key ov out-ov 2>err; st=$?
check "overlapping rules: not a finding, --strict exports" test "$st" -eq 0
check "  the exporter names the pair and the winner" has err \
    "drift: [file all] and [file patients] both match 2 files: [file all], the first in the policy, is their rule; [file patients]'s does not apply (it applies to no file: every file it matches is an earlier rule's)"
check "  and the other pair" has err \
    "drift: [file all] and [file shadowed] both match 1 file: [file all], the first in the policy, is its rule"
check_not "  no pair for rules that share no file" grep -q "labo\]" err
check_not "  no file name, no cell in it" grep -q "ZORGLU\|patients\.csv\|patients_x" err
"$bin" check -p policy_ov -k key ov > ov.check 2>&1
check "check: the file's other rules and its own" has ov.check \
    "also matched by [file patients], [file shadowed]: [file all] is its rule, the first in the policy; the others' do not apply"
"$bin" check --json -p policy_ov -k key ov > ov.json 2>/dev/null
check "check --json: also_matched" python3 -c "
import json, sys
r = json.load(open('ov.json'))
m = sorted(f.get('also_matched', []) for f in r['files'])
sys.exit(0 if m == [[], [], ['patients'], ['patients', 'shadowed']] else 1)"
check_not "  no raw name in check's reports" grep -q "ZORGLU" ov.check ov.json
check "the mount's start log says it too" mount_view ov mnt4 fs4.log \
    -o "policy=$work/policy_ov,key=$work/key" || finish
check "  the pair in the log" has fs4.log "pseudonymfs: drift: [file all] and [file patients] both match 2 files"
check "pseudonymfs unmounts" unmount_view mnt4 fs4.log
check_nothing_left
# ---- a header twice under a rule that shows cells as written (hostile31) ----
# `Sexe;Sexe` under op = keep: both columns get the rule, the second held a
# name, and no start report said a word.  A finding now, by numbers only.
printf '[project]\nname = dup-test\npatient = ipp\n\n[file d]\nmatch = d*.csv\n\n[column ipp]\nheaders = IPP\nop = token\n\n[column sexe]\nheaders = Sexe\nop = keep\n' > dup.policy
mkdir -p dup mnt5
printf 'IPP;Sexe;Sexe\n1;M;ZORGLUB Jean\n' > dup/d.csv
# (timeout: without the check the mount starts and would hold the test)
timeout 20 "$fsbin" -f -o policy=$work/dup.policy,key=$work/key,strict,audit=$work/strict5.audit dup mnt5 2>strict5.log; st=$?
mountpoint -q mnt5 && fusermount3 -u mnt5
check "-o strict refuses to mount a duplicated kept header" test "$st" -eq 1
check "  and says which columns" has strict5.log "d.csv: column 3: the same header as column 2, under [column sexe]"
check "  and counts it" has strict5.log "1 duplicate header shown as written): refused by -o strict"
check_not "  naming no value" grep -qi "zorglub" strict5.log

finish
