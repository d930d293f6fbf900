#!/bin/sh
# pseudonymfs -o enforce_k, really mounted: a file whose k is below the
# policy's threshold cannot be opened (EACCES) and the log names the view
# file and k, never a value; a file at the threshold reads as exported.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/mountlib.sh"
cd "$work"

"$bin" keygen key
{ cat <<'POL'
[project]
name = enforce-test
k_threshold = 11

[file k]
match = k*.csv

POL
policy_columns ipp nom sexe naissance; } > k.policy
mkdir src
python3 - src <<'PY'
import sys
d = sys.argv[1]
h = "IPP;Nom;Sexe;Date de naissance\n"
rows = ["%d;NOMFREQUENT%d;F;%02d/03/1950" % (100 + i, i, i + 1) for i in range(20)]
rows += ["999;ZYGOMARQUE;M;14/07/1931"]
open(d + "/kfail.csv", "w").write(h + "\n".join(rows) + "\n")
rows = ["%d;PASSANT%d;F;01/01/1960" % (300 + i, i) for i in range(11)]
open(d + "/kpass.csv", "w").write(h + "\n".join(rows) + "\n")
PY
"$bin" export -p k.policy -k key src ref

check "enforce_k mounts" mount_view src mnt fs.log -o "policy=$work/k.policy,key=$work/key,enforce_k" || finish
check "the refused file is still listed" test -e mnt/kfail.csv
check "a file below k: open fails with EACCES" \
	fails_with EACCES "open('mnt/kfail.csv', 'rb').read()"
check "a file at k = 11 reads as exported" cmp -s mnt/kpass.csv ref/kpass.csv
check "the log names the view file and k" has fs.log "kfail.csv: refused: k = 1, below the policy's k_threshold 11"
# Every refused open is in the audit file; the log said it at each one, so
# a reader in a loop wrote to the log as fast as it opened (hostile24).
for i in 1 2 3 4 5; do cat mnt/kfail.csv > /dev/null 2>&1; done
check "a refused file opened again and again: said once in the log" \
    test "$(grep -c 'kfail.csv: refused' fs.log)" -eq 1
check "... and every open is in the audit (EACCES)" \
    test "$(grep -c 'path=/kfail.csv .*result=EACCES' fs.log.audit)" -ge 6
for raw in ZYGOMARQUE NOMFREQUENT 14/07/1931 1931 999; do
	# -w: a value, not three digits of the key id the mount line names
	check_not "the log holds no value ($raw)" grep -qwF -- "$raw" fs.log
done
check "unmounts cleanly" unmount_view mnt fs.log

check "without enforce_k the same file is served" mount_view src mnt2 fs2.log -o "policy=$work/k.policy,key=$work/key"
check "  and reads as exported" cmp -s mnt2/kfail.csv ref/kfail.csv
check "unmounts cleanly" unmount_view mnt2 fs2.log

# Indexes kept on disk hold no k: a remount with enforce_k must not let a
# cached index through unmeasured.
mkdir -m 700 cache
check "mounts with an index cache" mount_view src mnt4 fs4.log -o "policy=$work/k.policy,key=$work/key,cache=$work/cache"
check "  serves the file (and caches its index)" cmp -s mnt4/kfail.csv ref/kfail.csv
check "unmounts cleanly" unmount_view mnt4 fs4.log
check "remounts with the cache and enforce_k" mount_view src mnt5 fs5.log -o "policy=$work/k.policy,key=$work/key,cache=$work/cache,enforce_k"
check_not "  a cached index is still refused below k" cat mnt5/kfail.csv
check "  and the log says k" has fs5.log "kfail.csv: refused: k = 1"
check "unmounts cleanly" unmount_view mnt5 fs5.log

grep -v quasi k.policy > noqi.policy
mkdir -p mnt3
check_not "enforce_k with a policy without quasi-identifiers does not mount" \
    "$fsbin" -f -o "policy=$work/noqi.policy,key=$work/key,enforce_k" src mnt3 2>noqi.log
check "  and says why" has noqi.log "enforce_k needs quasi-identifiers"
check_nothing_left
finish
