#!/bin/sh
# pseudonymfs, really mounted: the view equals the exporter's output byte
# for byte, whatever the reader (stat, pread at random offsets, 8 threads,
# cp, rsync, tar); nothing can be written; nothing outside the view leaks.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/mountlib.sh"
cd "$work"
policy="$top/conf/example.policy"
checks="$top/tests/integration/mount_checks.py"

"$bin" keygen key
mkdir -p src
cp -r "$top/conf/samples/." src/
# A file of several MB, so reads cross many checkpoints.
python3 "$top/tests/gen/gen_exports.py" --bench-patients src/patients_big.csv --size-mb 4
mkdir -p outside
printf 'IPP;Nom\n1001;SECRETOUTSIDE\n' > outside/patients_link.csv
ln -s ../outside/patients_link.csv src/patients_link.csv
ln -s ../outside src/linkdir
"$bin" export -p "$policy" -k key src ref

opts="-o policy=$policy,key=$work/key"
check "pseudonymfs mounts" mount_view src mnt fs.log $opts || finish

# ---- the mount itself ----
check "the daemon cannot dump core (it holds raw cells and the key)" sh -c "grep '^Max core file size' /proc/$(cat fs.log.pid)/limits | awk '{exit !(\$5 == 0 && \$6 == 0)}'"
check "mounted read-only" sh -c "findmnt -n -o OPTIONS mnt | tr , '\n' | grep -qx ro"
for o in nodev nosuid noexec; do
	check "mounted $o" sh -c "findmnt -n -o OPTIONS mnt | tr , '\n' | grep -qx $o"
done
# A view of one user: the kernel lets no other user in, so the source's bits
# need no second check (default_permissions, which allow_other mounts get:
# test_consumers.sh), and an open asks the kernel for no attributes first.
chmod 755 "$work"	# so that only the mount can refuse nobody
check "a view of one user: no other user may enter it" \
    sh -c "! setpriv --reuid=nobody --regid=nogroup --clear-groups ls mnt > /dev/null 2>&1"
check "a view of one user: without default_permissions" \
    sh -c "! findmnt -n -o OPTIONS mnt | tr , '\n' | grep -qx default_permissions"

# ---- what is shown ----
check "the view lists exactly the exported files" sh -c "cd mnt && find . | sort > ../a; cd ../ref && find . | sort > ../b; cmp -s ../a ../b"
check "unmatched file invisible" test ! -e mnt/notes/lisezmoi.txt
check "unmatched directory invisible" test ! -e mnt/notes
check "hidden file invisible" test ! -e mnt/.cache_export.csv
check "hidden file not reachable by name" sh -c "! cat mnt/.cache_export.csv 2>/dev/null"
check "symlinked file not shown" test ! -e mnt/patients_link.csv
check "symlinked directory not shown" test ! -e mnt/linkdir
check "the patient-named file is not reachable by its source name" test ! -e "mnt/$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["single_export"])' "$top/tests/data/samples.manifest.json")"
check "nothing outside the source is read" sh -c "! grep -rq SECRETOUTSIDE mnt"

# ---- bytes ----
check "every file equals the exporter's" diff -r mnt ref
check "stat size equals bytes read" python3 "$checks" sizes mnt
check "random preads equal the export" python3 "$checks" oracle mnt ref 20261125 4000
check "8 concurrent readers get the same bytes" python3 "$checks" readers mnt ref 8
cp -r mnt/. cpcopy
check "cp -r copy equals the export" diff -r cpcopy ref
if command -v rsync >/dev/null; then
	rsync -a mnt/ rsynccopy/
	check "rsync -a copy equals the export" diff -r rsynccopy ref
else
	bad "rsync is not installed (tests/install-deps.sh installs it)"
fi
(cd mnt && tar cf ../view.tar .) && mkdir tarcopy && (cd tarcopy && tar xf ../view.tar)
check "tar copy equals the export" diff -r tarcopy ref

# ---- nothing can be written ----
check "every write path fails with EROFS" python3 "$checks" erofs mnt
check "the source is untouched by the attempts" diff -r "$top/conf/samples/patients.csv" src/patients.csv

# ---- the source changes while mounted ----
printf 'IPP;Nom\n1001;Alpha\n' > src/patients_new.csv
sleep 1.2	# entry and attribute timeouts
check "a new source file appears" test -s mnt/patients_new.csv
cp src/patients_new.csv new.tmp && printf '1002;Beta\n' >> new.tmp && mv new.tmp src/patients_new.csv
"$bin" export -p "$policy" -k key src/patients_new.csv new_ref.csv
sleep 1.2
check "a rewritten file is served in its new version on the next open" cmp mnt/patients_new.csv new_ref.csv
check "its size is the new version's" test "$(stat -c %s mnt/patients_new.csv)" -eq "$(stat -c %s new_ref.csv)"
exec 3<&-
check "open handles never mix versions (rename pins, in-place gives EIO)" python3 "$checks" pinned mnt src patients_new.csv patients_big.csv
check "the log says the source changed while open" grep -q "patients_big.csv: the source changed while open" fs.log
rm src/patients_new.csv
rm -rf ref && "$bin" export -p "$policy" -k key src ref	# patients_big grew

# ---- a malformed file: EIO and a log line without values ----
printf 'IPP;Nom\n1001;"MALFORMEDVALUE\n' > src/patients_bad.csv
sleep 1.2
check_not "a malformed file cannot be read" cat mnt/patients_bad.csv 2>/dev/null >/dev/null
check "its error is EIO" sh -c "cat mnt/patients_bad.csv 2>&1 | grep -q 'Input/output error'"
check "the log names file, line and column" grep -q "patients_bad.csv: line 2, column 2: unterminated quoted field" fs.log
check "the log holds no cell value" sh -c "! grep -q MALFORMEDVALUE fs.log"
rm src/patients_bad.csv

check "fusermount3 -u ends the daemon with status 0" unmount_view mnt fs.log

# ---- SIGTERM ----
check "mounts again" mount_view src mnt2 fs2.log $opts
pid=$(cat fs2.log.pid)
kill -TERM "$pid"
wait "$pid"; status=$?
check "SIGTERM ends the daemon with status 0" test "$status" -eq 0
i=0; while mountpoint -q mnt2 && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
check "SIGTERM unmounts" sh -c "! mountpoint -q mnt2"

# ---- indexes kept on disk across mounts (-o cache=DIR) ----
# rchar of the daemon tells how much it read: a stat of the 4 MB file reads
# it all when the index is built, and only its head when it is loaded.
rchar() { awk '/^rchar/ {print $2}' "/proc/$(cat "$1.pid")/io"; }
big_bytes=$(stat -c %s src/patients_big.csv)
check "mounts with a cache" mount_view src mnt5 fs5.log $opts,cache=$work/cache
stat mnt5/patients_big.csv > /dev/null
check "the cache directory is private (0700)" test "$(stat -c %a cache)" = 700
check "cache files are private (0600)" sh -c "test -n \"\$(ls cache)\" && ! find cache -type f ! -perm 600 | grep -q ."
check "cache files hold no cell value" sh -c "! grep -rqF \"\$(sed -n 2p src/patients_big.csv | cut -d';' -f2)\" cache"
check "cache file names say nothing of the source" sh -c "! ls cache | grep -q patients"
unmount_view mnt5 fs5.log
check "remounts with the cache" mount_view src mnt5 fs6.log $opts,cache=$work/cache
before=$(rchar fs6.log); stat mnt5/patients_big.csv > /dev/null; after=$(rchar fs6.log)
check "a remount takes the index from the cache (read $((after - before)) of $big_bytes bytes)" test $((after - before)) -lt $((big_bytes / 4))
check "and serves the same bytes" diff -r mnt5 ref
unmount_view mnt5 fs6.log
# A tampered index is refused (its MAC fails) and rebuilt.
for f in cache/*; do printf '\001' | dd of="$f" bs=1 seek=200 conv=notrunc 2>/dev/null; done
check "remounts with a tampered cache" mount_view src mnt5 fs7.log $opts,cache=$work/cache
# Counted from the daemon's start, not from just before the stat: under
# load a pass the daemon began earlier made the difference read short once
# (2.7 of 4.2 MB).  A used index would keep the total far below the file.
stat mnt5/patients_big.csv > /dev/null; after=$(rchar fs7.log)
check "a tampered index is not used (read $after bytes since the start)" test "$after" -ge "$big_bytes"
check "the view is still exact" diff -r mnt5 ref
unmount_view mnt5 fs7.log
chmod 755 cache
mkdir -p mnt3
check_not "a cache others can read is refused" "$fsbin" -f -o "policy=$policy,key=$work/key,cache=$work/cache" src mnt3 2>err
check "the refusal says how to fix it" grep -q "chmod 700" err

# ---- options are checked before mounting ----
mkdir -p mnt3
check_not "rw is refused" "$fsbin" -f -o "policy=$policy,key=$work/key,rw" src mnt3 2>err
check "rw refusal says why" grep -q "read-only" err
check_not "an unknown option is refused" "$fsbin" -f -o "policy=$policy,key=$work/key,frobnicate" src mnt3 2>err
check "the unknown option is named" grep -q "frobnicate" err
check_not "auto_unmount is refused" "$fsbin" -f -o "policy=$policy,key=$work/key,auto_unmount" src mnt3 2>err
check "and the refusal says why" grep -q "rsync --delete" err
check_not "an unknown flag is refused" "$fsbin" -f -x -o "policy=$policy,key=$work/key" src mnt3 2>err
check "the unknown flag is named" grep -q "unknown flag '-x'" err
check_not "a third positional argument is refused" "$fsbin" -f -o "policy=$policy,key=$work/key" src mnt3 extra 2>err
check "and named" grep -q "unexpected argument 'extra'" err
check "--version names the program and libfuse" sh -c "'$fsbin' --version | grep -q '^pseudonymfs .*libfuse 3'"
# What mount(8) passes for fstab's sake is accepted and ignored, and dev,
# suid and exec (mount.fuse3 adds them for root) give way to the view's own.
check "fstab-only options are ignored" mount_view src mnt6 fs8.log -o "policy=$policy,key=$work/key,defaults,nofail,_netdev,noauto,x-systemd.automount,comment=x,dev,suid,exec,fsname=study"
check "and the view is still ro,nodev,nosuid,noexec" sh -c "findmnt -n -o OPTIONS mnt6 | tr , '\n' | grep -qx ro && findmnt -n -o OPTIONS mnt6 | tr , '\n' | grep -qx nodev && findmnt -n -o OPTIONS mnt6 | tr , '\n' | grep -qx noexec"
check "fsname= names the mount" sh -c "findmnt -n -o SOURCE mnt6 | grep -qx study"
check "and serves the view" diff -r mnt6 ref
unmount_view mnt6 fs8.log
printf '[project]\nname = x\n[file a]\nmatch = *\n[column c]\nheaders = n\nop = tokn\n' > broken.policy
check_not "a broken policy means no mount" "$fsbin" -f -o "policy=broken.policy,key=$work/key" src mnt3 2>err
check "the policy error names the line" grep -q "broken.policy:7:" err
cp key loose.key; chmod 644 loose.key
check_not "a loose key means no mount" "$fsbin" -f -o "policy=$policy,key=$work/loose.key" src mnt3 2>err
check "the key refusal says how to fix it" grep -q "chmod 600" err
check "nothing was mounted" sh -c "! mountpoint -q mnt3"

# ---- the fstab form, through mount(8) and mount.fuse3 ----
# mount(8) runs helpers without the caller's PATH: the program must be in a
# standard directory, as `make install` will put it.  A link made for the
# test is removed by the trap.
mkdir -p mnt4
link=/usr/local/sbin/pseudonymfs
if [ ! -e "$link" ] && ln -s "$fsbin" "$link" 2>/dev/null; then
	made_link=$link
fi
if [ "$(readlink -f "$link")" != "$(readlink -f "$fsbin")" ]; then
	bad "cannot test the fstab form: $link is another program"
elif mount -t fuse.pseudonymfs -o "ro,policy=$policy,key=$work/key,audit=$work/fstab.audit" "$work/src" "$work/mnt4" 2>err; then
	mounts="$mounts $work/mnt4"
	check "mount -t fuse.pseudonymfs serves the view" diff -r mnt4 ref
	check "and it is read-only" sh -c "findmnt -n -o OPTIONS mnt4 | tr , '\n' | grep -qx ro"
	check "and nodev,nosuid although mount.fuse3 asks dev,suid" sh -c "findmnt -n -o OPTIONS mnt4 | tr , '\n' | grep -qx nosuid"
	dpid=$(pgrep -f "^pseudonymfs $work/mnt4")
	check "it runs as a daemon" test -n "$dpid"
	fusermount3 -u mnt4
	i=0; while kill -0 $dpid 2>/dev/null && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
	check "the daemon ends on unmount" sh -c "! kill -0 $dpid 2>/dev/null"
else
	bad "mount -t fuse.pseudonymfs failed: $(cat err)"
fi
# Without ro, mount(8) passes rw, which is refused.
check_not "mount without ro is refused (mount(8) adds rw)" mount -t fuse.pseudonymfs -o "policy=$policy,key=$work/key" "$work/src" "$work/mnt4" 2>err
check "and the refusal says so" grep -q "read-only" err

check_nothing_left
finish
