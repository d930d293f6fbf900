#!/bin/sh
# The access log, on a real mount: one record per open with time, uid, pid,
# process name, view path, policy hash, key id and result; no raw value and
# no source name in it; the chain verifies, across a restart and a
# rotation, and a deleted or edited record is found; an audit file that
# cannot be used means no mount; the default goes to syslog.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/mountlib.sh"
cd "$work"
policy="$top/conf/example.policy"
checks="$top/tests/integration/check_audit.py"
manifest="$top/tests/data/samples.manifest.json"
# quiet COMMAND...: its output is not needed (a FAIL line must still show).
quiet() { "$@" >/dev/null; }

"$bin" keygen key
mkdir -p src
cp -r "$top/conf/samples/." src/
opts="-o policy=$policy,key=$work/key,audit=$work/audit.log"

check "pseudonymfs mounts with audit=" mount_view src mnt fs.log $opts || finish
check "the audit file is created 0600" test "$(stat -c %a audit.log)" = 600
hash=$(sed -n 's/.*policy \([0-9a-f]*\), key id \([0-9a-f]*\),.*/\1/p' fs.log)
keyid=$(sed -n 's/.*policy \([0-9a-f]*\), key id \([0-9a-f]*\),.*/\2/p' fs.log)
check "the mount log gives the policy hash and key id" test -n "$hash" -a -n "$keyid"
check "the mount is recorded" grep -q " seq=1 event=mount .* path=$work/mnt .*result=ok prev=0000000000000000000000000000000000000000000000000000000000000000$" audit.log
check "one record per open, with every field" python3 "$checks" opens audit.log mnt "$hash" "$keyid"
check "a failed open is recorded with its errno name" python3 "$checks" eio audit.log mnt src patients_eio.csv
rm -f src/patients_eio.csv
cat mnt/export_*.csv > /dev/null
single=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["single_export"])' "$manifest")
check "the renamed export is recorded under its view name" grep -q "path=/export_[0-9a-z]*\.csv " audit.log
check "each line is one record" sh -c "! grep -v '^time=.* prev=[0-9a-f]\{64\}$' audit.log"
check "fusermount3 -u ends the daemon with status 0" unmount_view mnt fs.log
check "the unmount is recorded" sh -c "tail -n 1 audit.log | grep -q ' event=unmount '"
check "the chain verifies" quiet "$bin" audit-verify audit.log
n1=$(wc -l < audit.log)

# ---- a restart continues the chain ----
check "mounts again on the same audit file" mount_view src mnt fs2.log $opts
mkdir -p mnt3
check_not "a second daemon cannot share the audit file" "$fsbin" -f -o "policy=$policy,key=$work/key,audit=$work/audit.log" src mnt3 2>err
check "and says so" grep -q "another pseudonymfs" err
cat mnt/patients.csv > /dev/null
check "the restart continues the seq" grep -q " seq=$((n1 + 1)) event=mount " audit.log
check "the chain verifies across the restart" quiet "$bin" audit-verify audit.log

# ---- rotation: move the file away, the next record starts a new file ----
mv audit.log audit.log.1
cat mnt/sejours.csv > /dev/null
check "a new audit file after rotation" test -s audit.log
check "created 0600" test "$(stat -c %a audit.log)" = 600
check "the series verifies oldest first" quiet "$bin" audit-verify audit.log.1 audit.log
"$bin" audit-verify audit.log > out
check "the new file alone verifies as a continuation" grep -q "continues an earlier file" out
"$bin" audit-verify audit.log.1 > out1
check "its first record names the old file's last hash" grep -q "follows the record with hash $(sed -n 's/.*last record hash \([0-9a-f]*\)$/\1/p' out1)" out
check_not "the series in the wrong order does not verify" quiet "$bin" audit-verify audit.log audit.log.1
check "unmounts" unmount_view mnt fs2.log
check "and verifies after the unmount" quiet "$bin" audit-verify audit.log.1 audit.log

# ---- tampering is found and located ----
cat audit.log.1 audit.log > all.log
lines=$(wc -l < all.log)
check "enough records to tamper with" test "$lines" -ge 8
sed '4d' all.log > deleted.log
"$bin" audit-verify deleted.log > out; status=$?
check "a deleted record is detected (exit 1)" test "$status" -eq 1
check "and located at the record after it" grep -q "^deleted.log:4: record seq 5 follows seq 3" out
sed '3s/comm=[^ ]*/comm=innocent/' all.log > edited.log
"$bin" audit-verify edited.log > out; status=$?
check "an edited record is detected (exit 1)" test "$status" -eq 1
check "and located at the record after it" grep -q "^edited.log:4: record seq 4 does not chain" out
sed '3s/path=[^ ]*/path=\/other.csv/' all.log > edited2.log
check_not "an edited path is detected" quiet "$bin" audit-verify edited2.log
python3 - all.log > swapped.log <<'EOF'
import sys
l = open(sys.argv[1]).read().split("\n")[:-1]
l[2], l[3] = l[3], l[2]
print("\n".join(l))
EOF
check_not "swapped records are detected" quiet "$bin" audit-verify swapped.log

# ---- no raw value, no source name ----
check "no raw value or source name in the audit log" python3 "$checks" noraw "$manifest" audit.log.1 audit.log
check "the patient-named source file is not named" sh -c "! grep -qi '$(echo "$single" | cut -d_ -f2)' audit.log.1 audit.log"
check "nor in the daemon's log" python3 "$checks" noraw "$manifest" fs.log fs2.log
# The checker itself finds a source name or an escaped raw name.
sed "1s|path=[^ ]*|path=/$single|" audit.log.1 > planted.log
check_not "the check finds a planted source name" quiet python3 "$checks" noraw "$manifest" planted.log
sed "1s|comm=[^ ]*|comm=TH%C3%89BAULT|" audit.log.1 > planted.log
check_not "the check finds a planted escaped name" quiet python3 "$checks" noraw "$manifest" planted.log

# ---- an audit file that cannot be used means no mount ----
mkdir -p mnt3
check_not "an audit file in a missing directory is refused" "$fsbin" -f -o "policy=$policy,key=$work/key,audit=$work/nodir/a.log" src mnt3 2>err
check "the refusal names the file" grep -q "audit file $work/nodir/a.log: No such file or directory" err
ln -s "$work/audit.log" link.log
check_not "a symbolic link is refused" "$fsbin" -f -o "policy=$policy,key=$work/key,audit=$work/link.log" src mnt3 2>err
check "and says why" grep -q "symbolic link" err
check_not "a directory is refused" "$fsbin" -f -o "policy=$policy,key=$work/key,audit=$work/src" src mnt3 2>err
touch loose.log; chmod 666 loose.log
check_not "an audit file others may write is refused" "$fsbin" -f -o "policy=$policy,key=$work/key,audit=$work/loose.log" src mnt3 2>err
check "and says how to fix it" grep -q "chmod go-w" err
printf 'time=2026' > cut.log; chmod 600 cut.log
check_not "an audit file ending in half a record is refused" "$fsbin" -f -o "policy=$policy,key=$work/key,audit=$work/cut.log" src mnt3 2>err
check "nothing was mounted" sh -c "! mountpoint -q mnt3"

# ---- default: syslog (authpriv) ----
# No syslog daemon here: in a private mount namespace, /dev is replaced by a
# directory holding the devices the test needs and a socket that receives
# what syslog(3) sends.
if command -v unshare >/dev/null && unshare -m true 2>/dev/null; then
	cat > syslog_case.sh <<EOF
set -u
mkdir -p dev
for n in null zero fuse urandom; do touch dev/\$n; mount --bind /dev/\$n dev/\$n; done
python3 "$top/tests/integration/syslog_sink.py" &
sink=\$!
while [ ! -e dev/ready ]; do sleep 0.1; done
mount --rbind "$work/dev" /dev
"$fsbin" -f -o "policy=$policy,key=$work/key" src mnt4 2>fs4.log &
d=\$!
i=0; while ! mountpoint -q mnt4 && [ \$i -lt 100 ]; do sleep 0.1; i=\$((i + 1)); done
cat mnt4/patients.csv > /dev/null
fusermount3 -u mnt4
wait \$d
# The sink may not have read the open's datagram yet (a loaded machine):
# killing it then loses it.  Up to 10 s for it, then the checks below.
i=0; while ! grep -q 'event=open' syslog.txt 2>/dev/null && [ \$i -lt 100 ]; do sleep 0.1; i=\$((i + 1)); done
kill \$sink
EOF
	mkdir -p mnt4
	timeout 60 unshare -m sh syslog_case.sh
	check "syslog receives the open record" grep -q "audit: time=.* event=open uid=0 pid=[0-9]* comm=cat path=/patients.csv policy=$hash key=$keyid result=ok" syslog.txt
	# <facility * 8 + priority>: authpriv (10) notice (5) = 85
	check "at authpriv.notice" grep -q "^<85>.*audit: .* event=open " syslog.txt
	check "without a chain" sh -c "! grep -q 'prev=' syslog.txt"
	check "no raw value in syslog" python3 "$checks" noraw "$manifest" syslog.txt
	check "the private namespace left no mount" sh -c "! mountpoint -q mnt4"
else
	echo "skipped: syslog case (unshare -m not permitted)"
fi

# ---- a lookup that fails is recorded (hostile25) ----
# A listed file whose source the daemon cannot open: its lookup failed
# (EACCES) before any open, and the reader's open(2) left no record.  Root
# reads every file, so the daemon runs without CAP_DAC_OVERRIDE and
# CAP_DAC_READ_SEARCH (dropped from the bounding set: root's exec keeps
# the others, and mounting needs CAP_SYS_ADMIN only).
mkdir -p src5 mnt5
cp src/patients.csv src/sejours.csv src5/
chmod 000 src5/sejours.csv
printf '#!/bin/sh\nexec setpriv --bounding-set -dac_override,-dac_read_search "%s" "$@"\n' \
    "$fsbin" > nodac.sh
chmod 755 nodac.sh
real_fsbin=$fsbin
fsbin=$work/nodac.sh
check "mounts without the capabilities to read every file" mount_view src5 mnt5 fs5.log -o "policy=$policy,key=$work/key,audit=$work/audit5.log"
fsbin=$real_fsbin
check "the unreadable source is listed" sh -c "ls mnt5 | grep -qx sejours.csv"
check "the readable one is read" sh -c "cat mnt5/patients.csv > /dev/null"
check_not "the unreadable one is refused" sh -c "cat mnt5/sejours.csv > /dev/null 2>&1"
check "its refused lookup is recorded with its errno" grep -q " event=lookup uid=0 pid=[0-9]* comm=cat path=/sejours.csv .*result=EACCES" audit5.log
check "the readable file's open is recorded" grep -q " event=open .* path=/patients.csv .*result=ok" audit5.log
check "the records name view paths only" sh -c "! grep -v ' path=/patients.csv \| path=/sejours.csv \|event=mount\|event=unmount' audit5.log"
check "unmounts (no DAC capabilities)" unmount_view mnt5 fs5.log
check "the chain verifies with lookup records" quiet "$bin" audit-verify audit5.log

# ---- the audit cannot be written: a refused lookup in a loop says so once
# in the log, not once a lookup (review24) ----
mkdir -p aud6 mnt6
if mount -t tmpfs -o size=64k,mode=0700 tmpfs aud6 2>/dev/null; then
	fsbin=$work/nodac.sh
	check "mounts with its audit on a small file system" mount_view src5 mnt6 fs6.log -o "policy=$policy,key=$work/key,audit=$work/aud6/a.log"
	fsbin=$real_fsbin
	dd if=/dev/zero of=aud6/fill bs=4096 > /dev/null 2>&1
	# forty: the first records still fit in the audit file's last page
	for i in $(seq 1 40); do stat mnt6/sejours.csv > /dev/null 2>&1; done
	check "the audit could not be written" grep -q "cannot write the audit record of a refused lookup of /sejours.csv" fs6.log
	check "said once, not once a lookup" test "$(grep -c 'cannot write the audit record of a refused lookup' fs6.log)" -eq 1
	rm -f aud6/fill
	fusermount3 -u mnt6
	wait "$(cat fs6.log.pid)" || true
	umount aud6
	check "no raw value in the log" python3 "$checks" noraw "$manifest" fs6.log
else
	echo "skipped: a full audit file system (mount -t tmpfs not permitted)"
fi

check_nothing_left
finish
