#!/bin/sh
# A careless operator keeps the key beside the exports (SRC/study.key),
# under a policy that matches every file (match = *) with columns = keep.
# The key file parsed as a one-line CSV (32 bytes: any that hold no NUL,
# no quote and no undefined Windows-1252 byte) and was shown byte for byte:
# with it, every token can be recomputed.  The key file, a hard link to it
# and a copy of it are never shown, by the exporter, the mount or check;
# the other files are.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/mountlib.sh"
cd "$work"

mkdir src
# A key of printable bytes: the old reader took it for a header, always.
keybytes=ZORGLUKEYzorglukey0123456789abcd
printf '%s' "$keybytes" > src/study.key
chmod 600 src/study.key
ln src/study.key src/hard.key
cp src/study.key src/copy.key
cp src/study.key src/copy.csv
printf 'IPP;Service;Sexe\n1001;Cardio;M\n' > src/patients.csv
cat > policy <<'P'
[project]
name = key-in-source
columns = keep

[file all]
match = *

[column ipp]
headers = IPP
op = token
P

"$bin" export -p policy -k src/study.key src out > export.out 2> export.err
check "the export succeeds" test $? -eq 0
check "the data file is exported" test -s out/patients.csv
check "no file of the view holds the key" sh -c "! grep -rqaF '$keybytes' out"
check "the key file, its hard link and its copies are not written" \
    test "$(ls out | tr '\n' ' ')" = "patients.csv "
check "the key is in no message" sh -c "! grep -qaF '$keybytes' export.out export.err"
check "the drift report says the key is in the source, not its name" grep -q \
    "drift: \./: 4 of these files are the key, a link to it or a copy of it: never shown" export.err
check "... and names no key file" sh -c "! grep -qE 'study|hard\.key|copy\.(key|csv)' export.err"

"$bin" check -p policy -k src/study.key src > check.out 2>&1
check "check does not show the key" sh -c "! grep -qaF '$keybytes' check.out"
check "check lists the data file only" \
    sh -c "grep -q '^patients.csv' check.out && ! grep -q '^[a-z]*\\.key\\|^copy.csv' check.out"

opts="-o policy=$work/policy,key=$work/src/study.key,audit=$work/audit.log"
check "pseudonymfs mounts" mount_view src mnt fs.log $opts || finish
check "the mount lists the data file only" test "$(ls mnt | tr '\n' ' ')" = "patients.csv "
for f in study.key hard.key copy.key copy.csv; do
	check "$f cannot be opened by its name" \
	    fails_with ENOENT "open('mnt/$f', 'rb').read()"
done
check "the data file equals the export" cmp -s out/patients.csv mnt/patients.csv
check "unmounts" unmount_view mnt fs.log
check "the key is not in the log or the audit file" \
    sh -c "! grep -qaF '$keybytes' fs.log audit.log"
check_nothing_left
finish
