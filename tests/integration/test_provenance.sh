#!/bin/sh
# Provenance on the view (issue 15 item 1) and the reason a file is not shown
# (issue 13 item 3), really mounted: user.pseudonymfs.{policy,key_id,rule,
# version,source} on every view file, equal to the exporter's --provenance
# sidecar; user.pseudonymfs.error on a file that cannot be shown, without a
# cell value; every other xattr call fails as before.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/mountlib.sh"
cd "$work"
policy="$top/conf/example.policy"
checker="$top/tests/integration/check_provenance.py"

"$bin" keygen key
mkdir -p src
cp -r "$top/conf/samples/." src/
single=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["single_export"])' "$top/tests/data/samples.manifest.json")

# ---- the exporter's sidecar ----
check "export --provenance writes a sidecar" "$bin" export -p "$policy" -k key --provenance prov.jsonl src ref
check "the sidecar is not overwritten" sh -c "! '$bin' export -p '$policy' -k key --provenance prov.jsonl src ref2 2>err && grep -q 'File exists' err"
check "the sidecar is not in the export (mount and export stay equal)" sh -c "! find ref -name '*prov*' | grep -q ."
check "the sidecar records every exported file" test "$(($(wc -l < prov.jsonl) - 1))" -eq "$(find ref -type f | wc -l)"
check "the sidecar never names a source file" sh -c "! grep -qF '$single' prov.jsonl"
check "its digests are b2sum's" sh -c "cd ref && b2sum -l 256 patients.csv | cut -d' ' -f1 | grep -qf - ../prov.jsonl"
check_not "chunks cannot have a sidecar" "$bin" export -p "$policy" -k key --provenance p2.jsonl --as patients.csv --header-line 'IPP;Nom' - - </dev/null

# ---- the mount's attributes ----
check "pseudonymfs mounts" mount_view src mnt fs.log -o "policy=$policy,key=$work/key" || finish
getfattr -d mnt/patients.csv > attrs 2>&1
for a in policy key_id rule version source; do
	check "getfattr -d shows user.pseudonymfs.$a" has attrs "user.pseudonymfs.$a="
done
check "policy is the policy's hash" has attrs "user.pseudonymfs.policy=\"$(sed -n 's/.*"policy": "\([0-9a-f]*\)".*/\1/p' prov.jsonl)\""
check "version is the program's" has attrs "user.pseudonymfs.version=\"$("$fsbin" --version | sed -n 's/^pseudonymfs \([^ ]*\).*/\1/p')\""
check "a shown file has no error attribute" sh -c "! grep -q error attrs"
check "the sidecar matches the mount (attributes, sizes, digests, bytes)" python3 "$checker" prov.jsonl ref mnt
check "the renamed file's attributes never name its source" sh -c "! getfattr -d mnt/export_*.csv | grep -qF '$single'"
check "a directory has no attributes" sh -c "test -z \"\$(getfattr -d mnt/labo 2>&1)\""
check "an unknown attribute is ENODATA" \
	fails_with ENODATA "os.getxattr('mnt/patients.csv', 'user.other')"
check "an attribute of a directory is ENODATA" \
	fails_with ENODATA "os.getxattr('mnt/labo', 'user.pseudonymfs.policy')"
check "a too-small buffer is ERANGE" python3 -c "
import ctypes, errno, os, sys
libc = ctypes.CDLL(None, use_errno=True)
buf = ctypes.create_string_buffer(4)
n = libc.getxattr(b'mnt/patients.csv', b'user.pseudonymfs.policy', buf, 4)
sys.exit(not (n == -1 and ctypes.get_errno() == errno.ERANGE))"
for op in "setfattr -n user.pseudonymfs.rule -v x" "setfattr -n user.x -v y" "setfattr -x user.pseudonymfs.rule"; do
	check "$op fails with EROFS" sh -c "$op mnt/patients.csv 2>&1 | grep -q 'Read-only file system'"
done

# A new version of the source has a new digest; the same bytes again, the same.
old=$(getfattr --only-values -n user.pseudonymfs.source mnt/patients.csv)
cp src/patients.csv patients.orig
printf '1;X;Y\n' >> src/patients.csv
sleep 1.2
check "a changed source has another digest" test "$(getfattr --only-values -n user.pseudonymfs.source mnt/patients.csv)" != "$old"
cp patients.orig src/patients.csv.tmp && mv src/patients.csv.tmp src/patients.csv
sleep 1.2
check "the same bytes (another inode) have the same digest" test "$(getfattr --only-values -n user.pseudonymfs.source mnt/patients.csv)" = "$old"

# ---- a file that cannot be shown says why ----
printf 'IPP;Nom\n1001;Ok\n1002;"MALFORMEDVALUE\n' > src/patients_bad.csv
sleep 1.2
check "the malformed file is listed with size 0" test "$(stat -c %s mnt/patients_bad.csv)" -eq 0
check "its open still fails with EIO" sh -c "cat mnt/patients_bad.csv 2>&1 | grep -q 'Input/output error'"
check "user.pseudonymfs.error names line and column" test "$(getfattr --only-values -n user.pseudonymfs.error mnt/patients_bad.csv)" = "line 3, column 2: unterminated quoted field"
check "listxattr lists error with the provenance" sh -c "getfattr -d mnt/patients_bad.csv | grep -q '^user.pseudonymfs.error='"
check "no cell value in any attribute" sh -c "! getfattr -d mnt/patients_bad.csv | grep -q MALFORMEDVALUE"
check "unmounts" unmount_view mnt fs.log

# ---- an enforce_k refusal says why ----
{ cat <<'POL'
[project]
name = prov-k
k_threshold = 5

[file k]
match = k*.csv

POL
policy_columns ipp sexe; } > k.policy
mkdir ksrc
printf 'IPP;Sexe\n1;F\n2;F\n3;F\n4;F\n5;F\n6;M\n' > ksrc/kfail.csv
printf 'IPP;Sexe\n1;F\n2;F\n3;F\n4;F\n5;F\n' > ksrc/kpass.csv
check "enforce_k mounts" mount_view ksrc kmnt kfs.log -o "policy=$work/k.policy,key=$work/key,enforce_k" || finish
check "user.pseudonymfs.error gives k and the threshold" test "$(getfattr --only-values -n user.pseudonymfs.error kmnt/kfail.csv)" = "enforce_k: k=1 < 5"
check "a file at k has no error" sh -c "! getfattr -d kmnt/kpass.csv | grep -q error"
check "unmounts (enforce_k)" unmount_view kmnt kfs.log

check_nothing_left
finish
