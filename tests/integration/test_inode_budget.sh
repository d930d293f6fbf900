#!/bin/sh
# The daemon's inode table over the memory budget (-o memory=, docs/mount.md
# "Reads, sizes and memory"; hostile25's leftover, hostile26), on a real
# mount: the budget filled by the mount's own structures (read buffers of
# open handles, then inodes the kernel holds), never by a helper.  A lookup
# the table cannot take is refused with ENOMEM, recorded in the audit file
# (event=lookup, its view path, result=ENOMEM: every open a reader tried
# leaves a trace, hostile25) and said in the log once, without a source
# name; the names the kernel holds keep working, and the names refused are
# found once memory is given back.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/mountlib.sh"
cd "$work"
checks="$top/tests/integration/inode_budget_checks.py"

"$bin" keygen key
mkdir src
python3 "$top/tests/gen/gen_exports.py" --bench-patients src/patients.csv --size-mb 1 --seed 21 >/dev/null
# 3,000 directories named after a patient (shown as dir- tokens), each
# leading to a shown file.
python3 - <<'PY'
import os
for i in range(3000):
    d = os.path.join("src", "DUPONTEL_Marcelline_%04d" % i)
    os.makedirs(d)
    with open(os.path.join(d, "bilan.csv"), "w") as f:
        f.write("IPP;Sexe\n%08d;F\n" % (90000000 + i))
PY
{ printf '[project]\nname = budget\ncolumns = drop\n\n[file all]\nmatch = **/*.csv\n\n'
  policy_columns ipp sexe; } > policy

check "pseudonymfs mounts with -o memory=16M" mount_view src mnt fs.log \
    -o "policy=$work/policy,key=$work/key,memory=16M" || finish
check "lookups over the budget are refused, audited, and found again once memory is back" \
    python3 "$checks" fill mnt patients.csv fs.log.audit refused.count
check "the refusal is said in the log once" \
    sh -c "test \$(grep -c 'lookup refused: the inode table is over the memory budget' fs.log) -eq 1"
check "the log line names the option to raise" \
    grep -q 'lookup refused: the inode table is over the memory budget (-o memory=16M)' fs.log
check "no source name in the log or the audit file" \
    sh -c "! grep -q 'DUPONTEL\|Marcelline' fs.log fs.log.audit"
check "pseudonymfs unmounts cleanly" unmount_view mnt fs.log
check_nothing_left
finish
