#!/bin/sh
# The view as its users meet it, really mounted with allow_other:
# - a non-root user (nobody) copies the view with `cp -r` and can remove the
#   copy with `rm -rf` (directories are shown rwx to their owner, as sshfs
#   and bindfs show a read-only mount), while every write to the view itself
#   still fails with EROFS;
# - analysts' tools read it: pandas and the sqlite3 shell's `.import` join
#   two files on the patient token and get the source's join; DuckDB (from
#   the npm registry, tests/consumers/) does too on a view with
#   encoding = utf-8, and refuses the Windows-1252 file of a source-encoded
#   view, which is why the option exists.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/mountlib.sh"
chmod 755 "$work"
cd "$work"
policy="$top/conf/example.policy"
consumers="$top/tests/integration/consumers.py"
# Debian's own python3 (python3-pandas), whatever python3 PATH finds first.
py=/usr/bin/python3
asnobody="setpriv --reuid=nobody --regid=nogroup --clear-groups"

"$bin" keygen key
mkdir -p src
cp -r "$top/conf/samples/." src/
chmod -R a+rX src
# Directories as a read-only tree often has them: r-x for everyone.
find src -type d -exec chmod 555 {} +
"$bin" export -p "$policy" -k key src ref

check "pseudonymfs mounts with allow_other" \
    mount_view src mnt fs.log -o "policy=$policy,key=$work/key,allow_other" || finish
check "allow_other is in the audit trail, after the mount record" \
    grep -q 'seq=2 event=option .* path=allow_other ' fs.log.audit

# ---- a copy its non-root owner can delete ----
check "view directories are rwx for their owner" \
    test "$(stat -c %A mnt/labo)" = "drwxr-xr-x"
check "view files keep read bits only" \
    test "$(stat -c %A mnt/patients.csv)" = "-r--r--r--"
mkdir copies && chown nobody:nogroup copies
check "nobody copies the view with cp -r" $asnobody cp -r mnt copies/view
check "the copy equals the export" diff -r copies/view ref
# A batch run again into the same directory (docs/mount.md, "copy
# again"): the copy's files are r--, so a plain cp -r cannot overwrite
# them as a non-root user; cp -rf (remove, then create) and rsync -a
# (a new file renamed over) can, and give the view's bytes again.
check_not "cp -r again into the same copy is refused (r-- files)" \
    $asnobody cp -r mnt/. copies/view/ 2>/dev/null
check "cp -rf again into the same copy succeeds" $asnobody cp -rf mnt/. copies/view/
check "rsync -a again into the same copy succeeds" $asnobody rsync -a mnt/ copies/view/
check "and the copy still equals the export" diff -r copies/view ref
check "nobody removes the copy with rm -rf" $asnobody rm -rf copies/view
check "the copy is gone" test ! -e copies/view
$asnobody rsync -a mnt/ copies/rsync/ 2>/dev/null
check "nobody removes an rsync -a copy with rm -rf" $asnobody rm -rf copies/rsync
check "the rsync copy is gone" test ! -e copies/rsync
# The w bit grants nothing: the mount is read-only, for its owner too.
for who in "" "$asnobody"; do
	$who sh -c 'mkdir mnt/labo/x' 2>err
	check "mkdir in a view directory fails with EROFS (${who:-root})" has err "Read-only file system"
	$who sh -c ': > mnt/labo/new.tsv' 2>err
	check "creating a file fails with EROFS (${who:-root})" has err "Read-only file system"
	$who sh -c 'rm -f mnt/labo/resultats.tsv' 2>err
	check "unlinking fails with EROFS (${who:-root})" has err "Read-only file system"
	$who sh -c 'mv mnt/patients.csv mnt/labo/' 2>err
	check "renaming fails with EROFS (${who:-root})" has err "Read-only file system"
done
check "the view still holds every file" diff -r mnt ref

# ---- pandas: two files joined on the patient token ----
if $py -c 'import pandas' 2>/dev/null; then
	check "pandas joins patients and stays on the IPP token as the source joins them" \
	    $asnobody $py "$consumers" pandas mnt src
else
	bad "python3-pandas is not installed (tests/install-deps.sh installs it)"
fi

# ---- the Python examples of docs/mount.md ("Reading the view"), as written ----
# Each leaves the joined rows in `stays`; run on the view (mnt/) and on the
# raw files (src/), the counts must agree (a wrong encoding or delimiter in
# an example fails here rather than in an analyst's hands).
awk '/^### Reading the view/ { on = 1 } /^## / && on > 1 { exit } on { on = 2 }
    on && /^```python$/ { n++; inb = 1; next } inb && /^```$/ { inb = 0; next }
    inb { print > ("mountdoc" n ".py") }' "$top/docs/mount.md"
check "docs/mount.md has two Python examples" test -s mountdoc1.py -a -s mountdoc2.py
for ex in mountdoc1.py mountdoc2.py; do
	if [ "$ex" = mountdoc1.py ] && ! $py -c 'import pandas' 2>/dev/null; then continue; fi
	{ cat "$ex"; echo 'print(len(stays))'; } > "run-$ex"
	sed 's|"mnt/|"src/|g' "run-$ex" > "src-$ex"
	vn=$($asnobody $py "run-$ex" 2> "$ex.err")
	sn=$($py "src-$ex" 2>> "$ex.err")
	check "$ex of docs/mount.md runs on the view ($vn rows)" test -n "$vn" -a "${vn:-0}" -gt 0
	check "$ex: the raw files' count ($vn = $sn)" test "$vn" = "$sn"
	[ -s "$ex.err" ] && cat "$ex.err"
done

# ---- sqlite3 .import, the same join in SQL ----
if command -v sqlite3 >/dev/null; then
	for side in mnt src; do
		rm -f "$side.db"
		# --csv: RFC 4180 quotes; a header line names the columns.
		# csv mode: RFC 4180 quotes; the first line names the columns.
		sqlite3 "$side.db" ".mode csv" ".separator ;" \
		    ".import $side/patients.csv patients" \
		    ".import $side/sejours.csv sejours" 2>"$side.sqlite.err"
	done
	vjoin=$($py "$consumers" sqlite-join mnt.db 2>/dev/null)
	sjoin=$($py "$consumers" sqlite-join src.db 2>/dev/null)
	check "sqlite3 .import reads the view without complaint" test ! -s mnt.sqlite.err
	check "sqlite3 joins the view's files on the IPP token ($vjoin rows)" \
	    test -n "$vjoin" -a "${vjoin:-0}" -gt 0
	check "the view's SQL join has the source's row count ($vjoin = $sjoin)" \
	    test "$vjoin" = "$sjoin"
else
	bad "sqlite3 is not installed (tests/install-deps.sh installs it)"
fi

# ---- DuckDB (npm @duckdb/node-api, docs/policy.md "encoding") ----
duck="$top/tests/consumers/duckdb_join.mjs"
if command -v node >/dev/null && [ -d "$top/tests/consumers/node_modules/@duckdb/node-api" ]; then
	sed 's/^columns *= drop/columns = drop\nencoding = utf-8/' "$policy" > utf8.policy
	check "pseudonymfs mounts the samples with encoding = utf-8" \
	    mount_view src mnt8 fs8.log -o "policy=$work/utf8.policy,key=$work/key,allow_other" || finish
	check_not "DuckDB refuses the Windows-1252 file of the source-encoded view" \
	    $asnobody node "$duck" mnt 2>duck.err
	check "  saying it is not UTF-8" has duck.err "not utf-8 encoded"
	check "DuckDB joins the UTF-8 view's files on the IPP token" \
	    sh -c "$asnobody node '$duck' mnt8 > duck.json"
	check "DuckDB's join has the source's row count ($sjoin)" \
	    test "$($py -c 'import json,sys; print(json.load(open(sys.argv[1]))["join"])' duck.json)" = "$sjoin"
	check "DuckDB sees the 200 patient tokens" \
	    test "$($py -c 'import json,sys; print(json.load(open(sys.argv[1]))["tokens"])' duck.json)" = 200
	rows=$(for f in mnt8/*.csv; do tail -n +2 "$f"; done | $py -c 'import csv,sys; print(sum(1 for _ in csv.reader(sys.stdin, delimiter=";")))')
	check "a *.csv glob over the UTF-8 view reads every record ($rows)" \
	    test "$($py -c 'import json,sys; print(json.load(open(sys.argv[1]))["glob_rows"])' duck.json)" = "$rows"
	check "pseudonymfs unmounts the UTF-8 view" unmount_view mnt8 fs8.log
else
	echo "SKIP: DuckDB (npm @duckdb/node-api) is not installed: tests/install-deps.sh installs it when npm is there"
fi

# ---- allow_other: the kernel applies the source's bits to other users ----
check "mounted with default_permissions (allow_other)" \
    sh -c "findmnt -n -o OPTIONS mnt | tr , '\n' | grep -qx default_permissions"
chmod 600 src/patients.csv
sleep 1.2	# entry and attribute timeouts: the new mode is a new version
check "a file its source's bits close to others: nobody's read fails (EACCES)" \
    sh -c "! $asnobody cat mnt/patients.csv > /dev/null 2> cat.err && grep -q 'Permission denied' cat.err"
check "while its owner reads it" cmp mnt/patients.csv ref/patients.csv

# ---- a POSIX ACL that says more than the bits (hostile20) ----
# sejours.csv stays 0644, but its ACL denies nobody (user:nobody:---), and
# so does labo/'s (user:nobody:---, others r-x).  The kernel checks the bits
# the view shows, not the ACL: both were shown r--r--r-- / r-xr-xr-x and
# nobody read them through the view.  A source with such an ACL is shown
# with its owner's bits only (fail closed).
acl_deny_nobody() {
	python3 - "$1" "$2" <<'PY'
import os, pwd, struct, sys
U = 0xFFFFFFFF
r = int(sys.argv[2])	# the bits of "group" and "other": 4 or 5
nobody = pwd.getpwnam("nobody").pw_uid
ents = [(0x01, 7, U), (0x02, 0, nobody), (0x04, r, U), (0x10, r, U), (0x20, r, U)]
os.setxattr(sys.argv[1], "system.posix_acl_access",
    struct.pack("<I", 2) + b"".join(struct.pack("<HHI", *e) for e in ents))
PY
}
if acl_deny_nobody src/sejours.csv 4 2>/dev/null && acl_deny_nobody src/labo 5; then
	sleep 1.2	# a new ctime: a new version
	check "ACL: nobody cannot read the source" sh -c "! $asnobody cat src/sejours.csv > /dev/null 2>&1"
	check "ACL: nor the view of it (EACCES)" \
	    sh -c "! $asnobody cat mnt/sejours.csv > /dev/null 2> acl.err && grep -q 'Permission denied' acl.err"
	check "ACL: the view shows its owner's bits only" \
	    test "$(stat -c %A mnt/sejours.csv)" = "-r--------"
	check "ACL: nobody cannot list a directory whose ACL denies it" \
	    sh -c "! $asnobody ls mnt/labo > /dev/null 2>&1"
	check "ACL: the owner still reads both" \
	    sh -c "cmp mnt/sejours.csv ref/sejours.csv && cmp mnt/labo/resultats.tsv ref/labo/resultats.tsv"
	check "ACL: a file without one is still read by nobody" \
	    sh -c "$asnobody cat mnt/prescriptions.csv | cmp - ref/prescriptions.csv"
else
	echo "SKIP: the work directory's filesystem has no POSIX ACLs"
fi

check "pseudonymfs unmounts" unmount_view mnt fs.log
check_nothing_left
finish
