#!/bin/sh
# Running as a service (docs/operations.md), checked in a private mount
# namespace so that nothing of the machine changes: a user `pseudonymfs`
# (in copies of /etc/passwd and /etc/group bound over the real ones), a
# world-usable /dev/fuse as Debian's udev makes it, user_allow_other.
# - the systemd unit's own command lines, run as its User= with its
#   CapabilityBoundingSet= (unit_exec.py), serve the view; the team reads it
#   through allow_other but cannot reach the raw exports; NoNewPrivileges=yes
#   would break the mount; a private mount namespace (ProtectSystem= and
#   friends) would hide it;
# - reloading a changed policy or key is a restart (ExecStop, ExecStart);
# - per-recipient views: two instances over one SRC, unlinkable tokens;
# - the fstab form mounts through mount(8) with a temporary fstab file, and
#   the systemd mount unit of docs/operations.md through the command
#   systemd runs for it.
if [ -z "${PSEUDONYMFS_IN_NS:-}" ]; then
	PSEUDONYMFS_IN_NS=1 exec unshare -m --propagation private sh "$0" "$@"
fi
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/mountlib.sh"
chmod 755 "$work"
cd "$work"
exec_unit="$top/tests/integration/unit_exec.py"
export UNIT_CACHE_ROOT="$work/cache"

# ---- the machine as the unit expects it, in this namespace only ----
for u in $(seq 990 -1 900); do
	getent passwd "$u" >/dev/null || getent group "$u" >/dev/null || break
done
cp /etc/passwd passwd; cp /etc/group group
echo "pseudonymfs:x:$u:$u:pseudonymfs daemon:/:/usr/sbin/nologin" >> passwd
echo "pseudonymfs:x:$u:" >> group
# The daemon must reach its mount point under the team's directory.
sed -i 's/^\(nogroup:x:[0-9]*:\)$/\1pseudonymfs/' group
mount --bind passwd /etc/passwd && mount --bind group /etc/group
echo user_allow_other > fuse.conf && mount --bind fuse.conf /etc/fuse.conf
if [ "$(stat -c %a /dev/fuse)" != 666 ]; then
	# Containers often give 0600; then libfuse cannot even try fusermount3.
	mknod -m 666 fusedev c 10 229 && mount --bind fusedev /dev/fuse
fi
check "user pseudonymfs exists in this namespace" test "$(id -u pseudonymfs)" = "$u"
# A syslog daemon, as every systemd host has (the journal's /dev/log): the
# daemon refuses to start when its access log would go nowhere.  /dev is
# replaced (in this namespace) by a tmpfs with the devices the programs use
# and the socket.
mount -t tmpfs -o mode=755 devns /dev
for d in "null 1 3" "zero 1 5" "full 1 7" "random 1 8" "urandom 1 9" "tty 5 0" "fuse 10 229"; do
	set -- $d; mknod -m 666 "/dev/$1" c "$2" "$3"
done
python3 -c '
import os, socket
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM); s.bind("/dev/log")
os.chmod("/dev/log", 0o666)
with open("syslog.txt", "ab", buffering=0) as out:
    while True:
        out.write(s.recv(65536) + b"\n")
' &
sink=$!
daemons="$daemons $sink"
n=0; while [ ! -S /dev/log ] && [ $n -lt 100 ]; do sleep 0.1; n=$((n + 1)); done

# ---- install for real paths under $work, as the unit will name them ----
make -s -C "$top" install PREFIX="$work/p" SYSCONFDIR="$work/etc" MOUNT_LINK= >make.log 2>&1
unit="$work/p/lib/systemd/system/pseudonymfs@.service"
check "installed the unit" test -f "$unit"
cfg="$work/etc/pseudonymfs"

# The documented layout: only the daemon can reach the raw exports; only
# the team (group nogroup here, user nobody) can reach the views.
mkdir -p raw/exports views
cp -r "$top/conf/samples/." raw/exports/
chmod -R a+rX raw/exports
chown root:pseudonymfs raw && chmod 750 raw
chown root:nogroup views && chmod 750 views
"$bin" keygen "$cfg/study.key" && chown pseudonymfs: "$cfg/study.key"
for i in a b; do
	sed "s/^name .*/name = contractor-$i/" "$top/conf/example.policy" > "$cfg/$i.policy"
	mkdir -p "views/$i" && chown pseudonymfs: "views/$i"
	cat > "$cfg/$i.conf" <<CONF
SRC=$work/raw/exports
MOUNTPOINT=$work/views/$i
POLICY=$cfg/$i.policy
KEY=$cfg/study.key
OPTIONS=-o allow_other
CONF
	"$bin" export -p "$cfg/$i.policy" -k "$cfg/study.key" raw/exports "ref-$i"
done

mounted() { awk -v m="$1" '$5 == m { f = 1 } END { exit !f }' /proc/self/mountinfo; }
# start_unit INSTANCE [--nnp]: ExecStartPre then ExecStart in the background
start_unit() {
	python3 "$exec_unit" "$unit" "$1" ExecStartPre
	python3 "$exec_unit" "$unit" "$1" ExecStart ${2:-} 2>"unit-$1.log" &
	upid=$!
	daemons="$daemons $upid"
	mounts="$mounts $work/views/$1"
	echo "$upid" > "unit-$1.pid"
	n=0
	while [ $n -lt 100 ]; do
		mounted "$work/views/$1" && return 0
		kill -0 "$upid" 2>/dev/null || return 1
		sleep 0.1; n=$((n + 1))
	done
	return 1
}
# stop_unit INSTANCE: ExecStop, then the daemon's exit status
stop_unit() {
	python3 "$exec_unit" "$unit" "$1" ExecStop || return 1
	wait "$(cat "unit-$1.pid")"
}
as_team() { setpriv --reuid=nobody --regid=nogroup --clear-groups "$@"; }
as_outsider() { setpriv --reuid=4242 --regid=4242 --clear-groups "$@"; }

# ---- the unit's commands, as user pseudonymfs ----
check "ExecStart mounts the view as user pseudonymfs" start_unit a || cat unit-a.log
check "the mount belongs to user pseudonymfs" sh -c "findmnt -n -o OPTIONS views/a | grep -q user_id=$u"
check "the daemon has no capability" sh -c "grep -q '^CapEff:.0000000000000000' /proc/$(cat unit-a.pid)/status"
check "the view equals the export" diff -r views/a ref-a
check "indexes go to the instance's CacheDirectory" test -n "$(ls cache/pseudonymfs/a)"
as_team cat views/a/patients.csv > team.csv 2>&1
check "the team reads the view (allow_other)" cmp -s team.csv ref-a/patients.csv
# The datagram is queued before open returns; the listener copies it to
# syslog.txt when it is next scheduled (a loaded CI machine: later).
check "the team's open is in the access log (syslog)" eventually 5 grep -q "audit: .* event=open uid=65534 .*path=/patients.csv .*result=ok" syslog.txt
check_not "the team cannot reach the raw exports" as_team cat raw/exports/patients.csv 2>/dev/null
check_not "someone outside the team cannot reach the view" as_outsider cat views/a/patients.csv 2>/dev/null

# ---- reload: a changed policy or key needs a restart ----
sed -i "s/^name .*/name = contractor-a-2027/" "$cfg/a.policy"
"$bin" export -p "$cfg/a.policy" -k "$cfg/study.key" raw/exports ref-a2
check "an edited policy does not change a running view" diff -r views/a ref-a
exec 3<views/a/patients.csv
check_not "a restart is refused while a reader holds a file open" python3 "$exec_unit" "$unit" a ExecStop 2>/dev/null
check "and the old view keeps serving" diff -r views/a ref-a
# What systemd does when ExecStop failed: SIGTERM.  libfuse unmounts
# lazily, and the daemon ends.
kill -TERM "$(cat unit-a.pid)"
check "SIGTERM after a refused stop ends the daemon with status 0" wait "$(cat unit-a.pid)"
check_not "and the view is unmounted" mounted "$work/views/a"
exec 3<&-
check "restart" start_unit a || cat unit-a.log
check "ExecStop ends the daemon with status 0" stop_unit a
check "restart with the new policy" start_unit a || cat unit-a.log
check "the view is the new policy's" diff -r views/a ref-a2
mv "$cfg/study.key" old.key
"$bin" keygen "$cfg/study.key" && chown pseudonymfs: "$cfg/study.key"
"$bin" export -p "$cfg/a.policy" -k "$cfg/study.key" raw/exports ref-a3
check "stop" stop_unit a
check "restart with the new key" start_unit a || cat unit-a.log
check "the view is the new key's" diff -r views/a ref-a3
check_not "and differs from the old key's" diff -rq views/a ref-a2 >/dev/null
check "stop" stop_unit a
mv old.key "$cfg/study.key"
sed -i "s/^name .*/name = contractor-a/" "$cfg/a.policy"

# ---- per-recipient views: one SRC, two projects ----
check "instance a" start_unit a || cat unit-a.log
check "instance b" start_unit b || cat unit-b.log
check "view a is project a's" diff -r views/a ref-a
check "view b is project b's" diff -r views/b ref-b
# Records, not lines: a scrubbed comment may hold a line break (and
# sejours.csv is Windows-1252).
ipps() { python3 -c '
import csv, io, sys
for path in sys.argv[1:]:
    text = open(path, "rb").read().decode("utf-8", "surrogateescape")
    for row in list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))[1:]:
        if row:
            print(row[0])' "$@"; }
ipps views/a/patients.csv > rows-a; sort -u rows-a > ipp-a
ipps views/b/patients.csv > rows-b; sort -u rows-b > ipp-b
check "views hold IPP tokens" test "$(wc -l < ipp-a)" -gt 10
check "the same patient (same source row) has different tokens in the two views" test "$(sed -n 1p rows-a)" != "$(sed -n 1p rows-b)"
check "no IPP token is shared by the two views" test -z "$(comm -12 ipp-a ipp-b)"
ipps views/a/sejours.csv | sort -u > sej-a
check "within a view, stays link to patients" test -z "$(comm -23 sej-a ipp-a)"
check "no raw IPP in either view" sh -c "! grep -rq '^40012308;' views/a views/b"
check "stop b" stop_unit b
check "stop a" stop_unit a

# ---- what the sandbox may not contain ----
check_not "NoNewPrivileges=yes breaks the mount (setuid fusermount3)" start_unit a --nnp
check "fusermount3 says why" grep -q "fusermount3: mount failed: Operation not permitted" unit-a.log
wait "$(cat unit-a.pid)" 2>/dev/null
# systemd's namespacing options run the service in a mount namespace
# whose propagation is "slave": a mount made inside never reaches the host.
mkdir -p hidden
unshare -m --propagation slave "$fsbin" -f -o "policy=$cfg/a.policy,key=$cfg/study.key" raw/exports hidden 2>hidden.log &
hpid=$!; daemons="$daemons $hpid"
n=0; while ! grep -q "mounted" hidden.log && [ $n -lt 100 ]; do sleep 0.1; n=$((n + 1)); done
check "a view mounted in a slave mount namespace is mounted there" grep -q mounted hidden.log
check_not "but invisible outside it" mounted "$work/hidden"
check "where the mount point stays an empty directory" test -z "$(ls hidden)"
kill -TERM "$hpid"; wait "$hpid"

# ---- the fstab form through mount(8), with a temporary fstab ----
# mount.fuse3 finds pseudonymfs only in a standard directory: here a link
# in /usr/local/sbin, bound over in this namespace only.
mkdir -p sbin views/f && ln -s "$work/p/bin/pseudonymfs" sbin/pseudonymfs
mount --bind sbin /usr/local/sbin
printf '%s %s fuse.pseudonymfs ro,policy=%s,key=%s,allow_other,nofail 0 0\n' \
    "$work/raw/exports" "$work/views/f" "$cfg/a.policy" "$cfg/study.key" > fstab
check "mount -T FSTAB MOUNTPOINT mounts the fstab line" mount -T "$work/fstab" "$work/views/f"
mounts="$mounts $work/views/f"
check "it serves the view" diff -r views/f ref-a
as_team cat views/f/sejours.csv > team.csv 2>&1
check "the team reads it" cmp -s team.csv ref-a/sejours.csv
fpid=$(pgrep -f "^pseudonymfs $work/views/f")
check "fusermount3 -u unmounts it" fusermount3 -u views/f
n=0; while kill -0 "$fpid" 2>/dev/null && [ $n -lt 50 ]; do sleep 0.1; n=$((n + 1)); done
check "and its daemon ends" sh -c "! kill -0 $fpid 2>/dev/null"

# ---- a mount that fusermount3 refuses says so, and mounts nothing ----
# A user who cannot write the mount point: fusermount3 refuses it (its own
# line), and the daemon's line says what that means for the mount.
install -d -o nobody -m 0700 nob && install -d -o nobody nob/src && install -d nob/rootmnt
printf 'IPP;Sexe\n1001;M\n' > nob/src/patients.csv && chown nobody nob/src/patients.csv
cp "$cfg/a.policy" nob/a.policy
as_team "$bin" keygen nob/k > /dev/null
as_team "$fsbin" -f -o "policy=$work/nob/a.policy,key=$work/nob/k,audit=$work/nob/audit" \
    nob/src nob/rootmnt > nob.out 2>&1
check "a mount point its user cannot write: exit 1" test $? -eq 1
check "fusermount3 says why" grep -q "fusermount3: .*write access" nob.out
check "and the daemon says that nothing is mounted" \
    grep -q "pseudonymfs: cannot mount on $work/nob/rootmnt (the line above says why): nothing is mounted" nob.out
check_not "and nothing is" mounted "$work/nob/rootmnt"

# ---- the systemd mount unit of docs/operations.md ----
# Taken from the page, its paths moved here; systemd-analyze checks it (and
# its name), then the command a mount unit runs, `mount What Where -t Type
# -o Options` (systemd's src/core/mount.c), mounts it: PID 1 is not systemd.
awk '/^# \/etc\/systemd\/system\/srv-views-study\.mount$/ { on = 1; next }
    on && /^```/ { exit } on' "$top/docs/operations.md" |
    sed -e "s|/srv/raw/exports|$work/raw/exports|g" -e "s|/srv/views/study|$work/views/u|g" \
	-e "s|/etc/pseudonymfs/study.policy|/etc/pseudonymfs/a.policy|g" -e "s|/etc/pseudonymfs|$cfg|g" -e "s|/var/log/pseudonymfs|$work/log|g" > unit.mount
check "docs/operations.md has the mount unit" grep -q '^Type=fuse.pseudonymfs$' unit.mount
mkdir -p views/u units && install -d -m 0700 log
uname=$(systemd-escape -p --suffix=mount "$work/views/u")
cp unit.mount "units/$uname"
if command -v systemd-analyze >/dev/null; then
	systemd-analyze verify "$work/units/$uname" > verify.out 2>&1
	check "systemd-analyze verify: no complaint about the mount unit" test ! -s verify.out
	[ -s verify.out ] && cat verify.out
fi
unit_val() { sed -n "s/^$1=//p" unit.mount; }
check "mount What Where -t Type -o Options mounts the unit's view" \
    mount "$(unit_val What)" "$(unit_val Where)" -t "$(unit_val Type)" -o "$(unit_val Options)"
mounts="$mounts $work/views/u"
check "it serves the view" diff -r views/u ref-a
as_team cat views/u/patients.csv > team.csv 2>&1
check "the team reads it" cmp -s team.csv ref-a/patients.csv
check_not "but not the key" as_team cat "$cfg/study.key" > /dev/null 2>&1
check "nor the audit file" sh -c "test \"\$(stat -c %a log/study.audit)\" = 600"
check "the audit file holds the team's open" grep -q "event=open uid=$(id -u nobody) .* path=/patients.csv" log/study.audit
upid=$(pgrep -f "^pseudonymfs $work/views/u")
check "umount unmounts it (systemctl stop)" umount views/u
n=0; while kill -0 "$upid" 2>/dev/null && [ $n -lt 50 ]; do sleep 0.1; n=$((n + 1)); done
check "and its daemon ends" sh -c "! kill -0 $upid 2>/dev/null"

kill "$sink"; wait "$sink" 2>/dev/null
check_nothing_left
finish
