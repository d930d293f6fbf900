#!/bin/sh
# pseudonymize check, across files (docs/check.md): tokens join the files
# that show the patient rule's column, so k is also measured per patient on
# the union of each patient's quasi-identifier values in all of them.  A
# file that passes alone (the lab file: k = its record count) but joins a
# file where patients stand alone is caught; duplicates do not split a
# group; a file without the patient column is judged alone.
. "$(dirname "$0")/lib.sh"
cd "$work"

"$bin" keygen key
{ cat <<'POL'
[project]
name = join-test
patient = ipp

[file patients]
match = patients.csv

[file labo]
match = labo.csv

[file stats]
match = stats.csv

POL
policy_columns ipp sexe; cat <<'POL'
[column annee]
headers = Annee
op = keep
quasi = yes

[column chapitre]
headers = Chapitre
op = keep
quasi = show

[column valeur]
headers = Valeur
op = keep
POL
} > j.policy

# 22 patients, 11 F and 11 M; the lab file gives the F patients chapter A
# and the M patients chapter B, several records each.
mkdir -p ok
python3 - ok <<'PY'
import sys
d = sys.argv[1]
pat = ["IPP;Sexe"] + ["%d;%s" % (1000 + i, "F" if i < 11 else "M") for i in range(22)]
open(d + "/patients.csv", "w").write("\n".join(pat) + "\n")
lab = ["IPP;Chapitre;Valeur"]
for i in range(22):
    for n in range(3):
        lab.append("%d;%s;%d" % (1000 + i, "A" if i < 11 else "B", 40 + n))
open(d + "/labo.csv", "w").write("\n".join(lab) + "\n")
# no patient column: judged alone, 12 records of one value
open(d + "/stats.csv", "w").write("Sexe;Valeur\n" + "F;1\n" * 12)
PY
"$bin" check -p j.policy -k key --json ok > ok.json; rc=$?
check "two profiles of 11 patients: exit 0" test "$rc" -eq 0
check "the join covers the two files with the patient column" test "$(jq ok.json "r['join']['files']")" = 2
check "22 patients" test "$(jq ok.json "r['join']['patients']")" = 22
check "2 profiles" test "$(jq ok.json "r['join']['profiles']")" = 2
check "k = 11 patients" test "$(jq ok.json "r['join']['k']")" = 11
check "a file without the patient column is not joined" test "$(jq ok.json "[f['risk'].get('joined', False) for f in r['files'] if f['path']=='stats.csv'][0]")" = False

# One F patient also has a chapter B record: each file alone still passes
# (patients: 11 and 11; lab: 33 and 34 records), the join does not.
mkdir -p leak && cp ok/* leak/
echo "1003;B;99" >> leak/labo.csv
"$bin" check -p j.policy -k key --json leak > leak.json; rc=$?
check "a patient alone across files: exit 3" test "$rc" -eq 3
check "  the lab file alone passes (k in records)" test "$(jq leak.json "[f['risk']['k'] for f in r['files'] if f['path']=='labo.csv'][0] >= 11")" = True
check "  the patients file alone passes" test "$(jq leak.json "[f['risk']['k'] for f in r['files'] if f['path']=='patients.csv'][0]")" = 11
check "  the join finds k = 1" test "$(jq leak.json "r['join']['k']")" = 1
check "  11 patients below (profiles of 10 and 1)" test "$(jq leak.json "r['join']['below_patients']")" = 11
check "  the join fails" test "$(jq leak.json "r['join']['passes']")" = False
"$bin" check -p j.policy -k key leak > leak.txt
check "the text report says the join is below" has leak.txt "BELOW THE THRESHOLD"
check "the text report names the patient rule" has leak.txt "joined on the patient ([column ipp])"
# (the key id and the policy's hash are hex: a random key id such as
# ...a1012f... matched the IPPs' pattern one run in a few hundred)
sed 's/[0-9a-f]\{16,\}/HEX/g' leak.txt leak.json > leak.nohex
check_not "no patient value in the reports" grep -qE "100[0-9]|101[0-9]|102[01]" leak.nohex

# Duplicates: the same value again for one patient changes nothing (sets,
# not counts: the number of records is no quasi-identifier here).
mkdir -p dup && cp ok/* dup/
for n in 1 2 3 4 5; do echo "1004;A;7$n" >> dup/labo.csv; done
"$bin" check -p j.policy -k key --json dup > dup.json; rc=$?
check "repeated values of one patient: still k = 11, exit 0" test "$rc.$(jq dup.json "r['join']['k']")" = "0.11"
# A record without a patient joins nothing.
mkdir -p blank && cp ok/* blank/
echo ";B;1" >> blank/labo.csv
"$bin" check -p j.policy -k key --json blank > blank.json
check "a record without a patient is not a patient" test "$(jq blank.json "r['join']['patients']")" = 22

# --k applies to the join too.
"$bin" check -p j.policy -k key --k 2 --json leak > leak2.json; rc=$?
check "--k 2: the join still fails (k = 1)" test "$rc.$(jq leak2.json "r['join']['passes']")" = "3.False"
"$bin" check -p j.policy -k key --k 1 --json leak > leak1.json; rc=$?
check "--k 1: the join passes" test "$rc.$(jq leak1.json "r['join']['passes']")" = "0.True"
# Without the key, no join (view values need it).
"$bin" check -p j.policy --json ok > nokey.json
check "without -k: the join is null" test "$(jq nokey.json "r['join']")" = None
finish
