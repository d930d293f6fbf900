#!/bin/sh
# A file size limit (ulimit -f, systemd's LimitFSIZE=) on the daemon or the
# exporter: a write past it must fail with EFBIG like a full disk, never
# kill the process with SIGXFSZ.  Before, a recipient's `ls -l` of a large
# file killed the daemon (its first pass writes the view bytes to a
# temporary file): a dead mount, an audit chain without its unmount record;
# and the exporter died leaving its partial temporary file in DST.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/mountlib.sh"
cd "$work"

"$bin" keygen key > /dev/null
{ printf '[project]\nname = rlimits\n\n[file p]\nmatch = *.csv\n\n'
policy_columns ipp nom
} > policy
mkdir src
python3 - <<'E'
with open("src/big.csv", "w") as f:
    f.write("IPP;Nom\n")
    for i in range(150000):
        f.write("%d;ZORGLUB%d\n" % (10000000 + i, i % 97))
E
printf 'IPP;Nom\n1;ZORGLUBA\n' > src/small.csv
"$bin" export -q -p policy -k key src ref 2> ref.err
check "the reference export" test -s ref/big.csv

# ---- the daemon, limited to 200 KiB a file after it mounted ----
check "pseudonymfs mounts" mount_view src mnt fs.log \
    -o "policy=$work/policy,key=$work/key,audit=$work/audit.log,first_pass=$work" \
    || finish
pid=$(cat fs.log.pid)
prlimit --fsize=204800 --pid "$pid"
check "the view's size is exact" \
    test "$(stat -c %s mnt/big.csv)" -eq "$(stat -c %s ref/big.csv)"
check "the daemon outlives a first pass past the limit" kill -0 "$pid"
check "the file equals the export" cmp -s mnt/big.csv ref/big.csv
# The audit file reaches the limit: opens are refused, the daemon lives.
python3 - > opens.txt <<'E'
import errno
ok, refused = 0, 0
for i in range(1000):
    try:
        open("mnt/small.csv", "rb").read()
        ok += 1
    except OSError as e:
        if e.errno != errno.EIO:
            raise
        refused += 1
print(ok, refused)
E
check "past the limit, opens are refused (EIO)" \
    test "$(cut -d' ' -f2 opens.txt)" -gt 0
check "the audit file stops at the limit" test "$(stat -c %s audit.log)" -le 204800
check "the daemon is still there" kill -0 "$pid"
check "and still mounted" mountpoint -q mnt
check "it unmounts, exit status 0" unmount_view mnt fs.log
"$bin" audit-verify audit.log > verify.out 2>&1
check "the chain is intact" grep -q "chain intact" verify.out
check "no raw value in the log or the audit file" \
    sh -c "! grep -qa ZORGLU fs.log audit.log"

# ---- the exporter, limited to 200 KiB a file ----
(ulimit -f 200; exec "$bin" export -p policy -k key src out > export.out 2> export.err)
check "the exporter fails the file past the limit (exit 1)" test $? -eq 1
check "... names it and says why" grep -q "big.csv: File too large" export.err
check "... leaves no file of it, temporary or not" \
    test "$(ls -A out | tr '\n' ' ')" = "small.csv "
check "no raw value in its messages" sh -c "! grep -qa ZORGLU export.out export.err"
check_nothing_left
finish
