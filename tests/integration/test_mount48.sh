#!/bin/sh
# mount48 (docs/threat-model.md): the daemon's own files kept inside the
# source -- the audit file, the log, their rotated copies as logrotate names
# them (.1, .2.gz, -20261207, .old, olddir), the index cache, a copy of any
# under another name -- are never listed, looked up, read or exported, even
# under a catch-all rule that shows every file as written.  The mount, `cp -r`
# of it and the export agree; the start warns by the setting's name (never
# the path), -o strict refuses, a cache that is the source itself is refused.
# Negative checks: the audit records (event=open, the reader's process name
# lect48q) and the log lines (pseudonymfs[PID]) are not in the view, its copy
# or the export; the fixed policy has no fake or token to draw them.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/mountlib.sh"
cd "$work"

"$bin" keygen key > /dev/null
cat > policy <<'P'
[project]
name = mount48-test
columns = keep

[dir all]
match = **
suspect_names = show

[file all]
match = *, **/*
suspect_names = show
P

mkdir -p src/sub
printf 'ipp;sexe\n100001;M\n100002;F\n' > src/data.csv
printf 'ipp;sexe\n100003;F\n' > src/sub/notes.csv
chmod 700 src
# A reader with a name of its own: its records say comm=lect48q.
cp "$(command -v cat)" lect48q

opts="policy=$work/policy,key=$work/key,audit=$work/src/access.audit,log=$work/src/daemon.log,cache=$work/src/idx"
check "mount 1 (audit, log and cache inside the source)" mount_view src mnt fs1.log -o "$opts" || finish
check "the start warns of -o audit=" has fs1.log "warning: -o audit= lies inside the source"
check "the start warns of -o log=" has fs1.log "warning: -o log= lies inside the source"
check "the start warns of -o cache=" has fs1.log "warning: -o cache= lies inside the source"
check_not "the warnings name the setting, not the path" sh -c "grep 'warning: -o' fs1.log | grep -q -e src/access -e src/daemon -e src/idx"
check "a read through the view" sh -c "./lect48q mnt/data.csv > /dev/null && ./lect48q mnt/sub/notes.csv > /dev/null"
check "the live audit file is not listed" sh -c "! ls -A mnt | grep -q access"
check "the live log is not listed" sh -c "! ls -A mnt | grep -q daemon"
check "the live audit file: ENOENT" fails_with ENOENT "os.stat('mnt/access.audit')"
check "the live log: ENOENT" fails_with ENOENT "os.stat('mnt/daemon.log')"
check "mount 1 unmounts" unmount_view mnt fs1.log
check "the audit file holds the reader's records" has src/access.audit "comm=lect48q"
check "the log holds the daemon's lines" grep -q 'pseudonymfs\[' src/daemon.log

# logrotate, while unmounted: numbers, compress, dateext, an old copy,
# olddir, extension; the log rotated too; a copy under a data file's name.
mv src/access.audit src/access.audit.1
gzip -c src/access.audit.1 > src/access.audit.2.gz
cp src/access.audit.1 src/access.audit-20261207
gzip -c src/access.audit.1 > src/access.audit-20261206.gz
cp src/access.audit.1 src/access.audit.old
cp src/access.audit.1 src/access.1.audit
mkdir src/anciens
cp src/access.audit.1 src/anciens/access.audit.3
mv src/daemon.log src/daemon.log.1
gzip -c src/daemon.log.1 > src/daemon.log.2.gz
cp src/access.audit.1 src/sub/copie.csv
cp src/daemon.log.1 src/sub/journal.txt
own="access.audit access.audit.1 access.audit.2 access.audit.2.gz access.audit-20261207 access.audit-20261206 access.audit.old access.1.audit anciens daemon.log daemon.log.1 daemon.log.2 idx sub/copie.csv sub/journal.txt"

check "mount 2 (after the rotation)" mount_view src mnt fs2.log -o "$opts" || finish
check "the drift says how many are the program's own" has fs2.log "the program's own"
listing=$(cd mnt && find . | sort | tr '\n' ' ')
check "the view lists the data only ($listing)" test "$listing" = ". ./data.csv ./sub ./sub/notes.csv "
for n in $own; do
	check "lookup of $n: ENOENT" fails_with ENOENT "os.stat('mnt/$n')"
	check "open of $n: ENOENT" fails_with ENOENT "open('mnt/$n', 'rb')"
done
check "cp -r of the mount" cp -r mnt/. copy
check_not "no audit record in the view's copy" grep -r -a -q -e 'event=' -e 'comm=lect48q' copy
check_not "no log line in the view's copy" grep -r -a -q 'pseudonymfs\[' copy
check "mount 2 unmounts" unmount_view mnt fs2.log

# The exporter has no settings: it knows them by their content.
check "export" "$bin" export -p policy -k key src out 2> export.err
check "cp -r of the mount equals the export, byte for byte" diff -r out copy
check_not "no audit record in the export" grep -r -a -q -e 'event=' -e 'comm=lect48q' out
check_not "no log line in the export" grep -r -a -q 'pseudonymfs\[' out
check "the exporter says they are the program's own" has export.err "the program's own"

# The exporter's own sidecar inside the source is refused, as DST is.
check_not "export --provenance inside the source: refused" "$bin" export -p policy -k key --provenance src/prov.txt src out2 2> prov.err
check "... and says why" has prov.err "--provenance: the file lies inside the source"
check "... nothing written into the source" test ! -e src/prov.txt

# -o strict: the daemon's files in the source are a finding.
check_not "-o strict refuses to mount" mount_view src mnt fs3.log -o "$opts,strict"
# A cache that is the source itself: its files would be the exports'.
check_not "cache= the source itself: not started" mount_view src mnt fs4.log -o "policy=$work/policy,key=$work/key,audit=$work/a4.audit,cache=$work/src"
check "... and says why" has fs4.log "-o cache= is the source directory itself"
# Outside the source: no warning.
check "mount 5 (outside the source)" mount_view src mnt fs5.log -o "policy=$work/policy,key=$work/key,audit=$work/a5.audit,log=$work/d5.log"
check_not "... no warning of the settings" grep -q 'warning: -o' fs5.log
check "... unmounts" unmount_view mnt fs5.log

check_nothing_left
finish
