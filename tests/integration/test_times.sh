#!/bin/sh
# A source's times are real dates: a patient's file written on the day of
# the visit, a directory made on admission.  (Its owner can be a person
# too: without allow_other the view shows the mounting user's.)  Beside the view's shifted
# dates they would give the patient's shift away, so the mount shows times
# made from the inode number (inodes_time): none of the source's, the same
# across remounts, another for another version (rsync's quick check sees a
# change of the same size).  -o source_times shows the source's.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/mountlib.sh"
cd "$work"
policy="$top/conf/example.policy"

"$bin" keygen key
mkdir -p src
cp -r "$top/conf/samples/." src/
# The per-patient export and the lab directory carry the visit's date,
# and belong to the account of the physician who wrote them.
find src -exec touch -d '2019-03-14 10:21:07' {} +
chown -R 4321:4322 src
# Modes that say something of a file: one kept from everyone but its
# owner (a restricted patient's), one for a group, a private directory.
chmod 0400 src/patients.csv
chmod 0440 src/sejours.csv
chmod 0700 src/labo
opts="-o policy=$policy,key=$work/key"

# Every time (access, modification, change) of every view entry, one per
# line, and the same for the source: no view time may be a source time.
view_times() { (cd "$1" && find . -mindepth 1 -exec stat -c '%n %X %Y %Z' {} + | sort); }
no_source_time() {
	python3 - "$1" src <<'PY'
import os, sys
src = set()
for root, dirs, files in os.walk(sys.argv[2]):
    for n in dirs + files:
        st = os.lstat(os.path.join(root, n))
        src |= {int(st.st_atime), int(st.st_mtime), int(st.st_ctime)}
bad = []
for line in open(sys.argv[1]):
    name, *times = line.split()
    bad += [name for t in times if int(t) in src]
print("source times in the view:", bad[:5]) if bad else None
sys.exit(1 if bad else 0)
PY
}

check "pseudonymfs mounts" mount_view src mnt fs.log $opts || finish
view_times mnt > t1
check "the view lists its entries with times" test "$(wc -l < t1)" -ge 6
check "no view time (atime, mtime, ctime, files and directories) is a source's" no_source_time t1
check "no entry shows the source's owner (the mounting user's: no allow_other)" \
    sh -c "cd mnt && ! find . -user 4321 | grep -q . && test -z \"\$(find . ! -user $(id -u))\""
check "nor its group" sh -c "cd mnt && test -z \"\$(find . ! -group $(id -g))\""
check "nor its modes: every file r--r--r--, every directory rwxr-xr-x (no allow_other)" \
    sh -c "cd mnt && test -z \"\$(find . -mindepth 1 \( -type f ! -perm 0444 \) -o \( -type d ! -perm 0755 \))\" && test \"\$(stat -c %a patients.csv sejours.csv labo | tr '\n' ' ')\" = '444 444 755 '"
check "no view time is in March 2019" sh -c "! python3 -c \"
import sys, time
for l in open('t1'):
    for t in l.split()[1:]:
        if time.gmtime(int(t))[:2] == (2019, 3): sys.exit(0)
sys.exit(1)\""
check "every view time is in the 1980s, long before any export" sh -c "python3 -c \"
import sys, time
sys.exit(0 if all(1980 <= time.gmtime(int(t))[0] < 1990
    for l in open('t1') for t in l.split()[1:]) else 1)\""
rsync -a mnt/ copy/
(cd copy && find . -mindepth 1 -exec stat -c '%n %Y' {} + | sort) > tc
check "the copy's mtimes are the view's" sh -c "cut -d' ' -f1,3 t1 | cmp -s - tc"
check "an rsync of the copy, nothing changed, copies nothing" sh -c "rsync -a -i mnt/ copy/ > r2 && test ! -s r2"
# A new version of the same view size: another time, so rsync copies it.
cp src/patients.csv new.csv
python3 - new.csv <<'PY'
import sys
p = sys.argv[1]; b = open(p, "rb").read()
i = b.index(b"\n") + 8	# the first patient's IPP, its last digit:
d = b"1" if b[i:i + 1] != b"1" else b"2"	# another token, the same size
open(p, "wb").write(b[:i] + d + b[i + 1:])
PY
touch -d '2019-03-14 10:21:07' new.csv
mv new.csv src/patients.csv
sleep 1.2	# entry and attribute timeouts
check "the new version keeps the view's size" test "$(stat -c %s mnt/patients.csv)" -eq "$(stat -c %s copy/patients.csv)"
check "the new version has another time" test "$(stat -c %Y mnt/patients.csv)" -ne "$(grep '^\./patients.csv ' t1 | cut -d' ' -f3)"
rsync -a mnt/ copy/
check "rsync -a copies the new version" cmp copy/patients.csv mnt/patients.csv
check "pseudonymfs unmounts" unmount_view mnt fs.log

check "pseudonymfs mounts again" mount_view src mnt fs2.log $opts || finish
view_times mnt > t2
check "the same versions have the same times after a remount" sh -c "grep -v '^\./patients.csv ' t1 | grep -v '^\. ' > a; grep -v '^\./patients.csv ' t2 | grep -v '^\. ' > b; cmp -s a b"
check "pseudonymfs unmounts again" unmount_view mnt fs2.log

# The operator's choice: the source's times.
check "pseudonymfs mounts with -o source_times" mount_view src mnt fs3.log $opts -o source_times || finish
check "-o source_times: a file shows its source's mtime" test "$(stat -c %Y mnt/sejours.csv)" -eq "$(stat -c %Y src/sejours.csv)"
check "-o source_times: a directory too" test "$(stat -c %Y mnt/labo)" -eq "$(stat -c %Y src/labo)"
check "pseudonymfs unmounts (source_times)" unmount_view mnt fs3.log
# An option that shows more is in the trail: a record of its own after the
# mount record, and the mount's log line names it.
check "-o source_times: an audit record after the mount's" \
    grep -q 'seq=2 event=option .* path=source_times ' fs3.log.audit
check "-o source_times: the mount's log line names it" \
    grep -q 'mounted .*options that show more: source_times' fs3.log
check "a mount without it writes no option record" \
    sh -c "! grep -q 'event=option' fs.log.audit fs2.log.audit"
check "the trail with the option record verifies" "$bin" audit-verify fs3.log.audit
check_nothing_left
finish
