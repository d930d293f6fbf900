#!/bin/sh
# review45 (docs/threat-model.md): the channels other than the cells, as a
# recipient, a hostile local user and an analyst see them.  Nothing leaked
# in these classes on main 33759149: this script keeps them so.
# - FUSE debug output (-d, on the daemon's stderr) names no source file or
#   directory and no cell, also while the recipient looks up the source's
#   raw names (the low-level API prints opcodes, not names);
# - the mount's metadata through statx: no birth time, fixed link counts,
#   keyed inode numbers; the source's own xattrs do not pass;
# - the daemon's stderr a pipe whose reader has quit (`pseudonymfs -f ... |
#   grep`, then ^C on the grep): the daemon keeps serving, unmounts with
#   exit status 0 and its unmount record (SIGPIPE is ignored once mounted);
# - `cp -r` of the mount equals the export on a tree with a FIFO, a socket,
#   links in and out, a hard link, a name that is not UTF-8 and a refused
#   name beside shown ones.
# Negative checks: the raw names (DUPONT, BERNARD, GARCIA, the NIR) looked
# for as they are written in the source, never as a piece of a fake (a
# fixed policy with no fake column in the files searched).
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/mountlib.sh"
cd "$work"

"$bin" keygen key > /dev/null
cat > policy <<'P'
[project]
name = review45-test
patient = ipp
columns = drop

[dir labo]
match = labo

[file kept]
match = kept_*.csv, labo/kept_*.csv
rename = keep

[file notes]
match = *.csv, **/*.csv
rename = token

[column ipp]
headers = IPP
op = token
identifies = id

[column sexe]
headers = Sexe
op = keep
P

mkdir -p src/labo src/GARCIA_Marie
for f in export_DUPONT_Jean.csv labo/kept_a.csv GARCIA_Marie/resultats.csv kept_b.csv; do
	printf 'IPP;Nom;NIR;Sexe\n100001;DUPONT;1840275123456;M\n100002;BERNARD;2750613045678;F\n' > "src/$f"
done
# Names that must never come out: a refused kept name, a hard link, a FIFO,
# a socket, links in and out of the tree, a name that is not UTF-8.
cp src/kept_b.csv src/kept_DUPONT.csv
ln src/kept_b.csv src/hard_BERNARD.csv
mkfifo src/fifo_DUPONT.csv
python3 -c 'import socket; socket.socket(socket.AF_UNIX).bind("src/sock_DUPONT.csv")'
ln -s /etc/passwd src/link_DUPONT.csv
ln -s kept_b.csv src/link_BERNARD.csv
python3 -c "open(b'src/x_\xe9DUPONT.csv', 'wb').write(open('src/kept_b.csv', 'rb').read())"
setfattr -n user.comment -v DUPONT_Jean src/kept_b.csv 2>/dev/null && xattrs=1 || xattrs=0

raw() { grep -a -q -e DUPONT -e BERNARD -e GARCIA -e 1840275123456 -e 2750613045678 "$@"; }
check "the raw check finds the source's names and cells" raw src/kept_b.csv

"$bin" export -p policy -k key src ref 2> export.err
check "the export's names hold no raw name" sh -c "! find ref | grep -q -e DUPONT -e BERNARD -e GARCIA"
check_not "the exporter's messages hold no raw name or cell" raw export.err

# ---- the daemon with FUSE debug output (-d), stderr to a file ----
# mount_view starts it with -f; -d adds libfuse's request trace.
check "pseudonymfs -d mounts" mount_view src mnt fs.log -o "policy=$work/policy,key=$work/key,log=$work/daemon.log" -d || finish
# The recipient tries the source's raw names: every one is ENOENT, and the
# trace says nothing of them.
for n in export_DUPONT_Jean.csv kept_DUPONT.csv hard_BERNARD.csv fifo_DUPONT.csv \
    sock_DUPONT.csv link_DUPONT.csv link_BERNARD.csv GARCIA_Marie GARCIA_Marie/resultats.csv; do
	check "a lookup of the source's $n: ENOENT" fails_with ENOENT "os.stat('mnt/$n')"
done
cp -r mnt copy
check "-d: libfuse's trace is on stderr" has fs.log "opcode: LOOKUP"
check "cp -r of the mount equals the export (odd tree)" diff -r ref copy
check_not "-d: no raw name or cell in the daemon's stderr" raw fs.log
check_not "... nor in its log" raw daemon.log
check_not "... nor in the audit file" raw fs.log.audit

# ---- statx and xattrs ----
f=mnt/kept_b.csv
check "statx: no birth time" test "$(stat -c %W "$f")" = 0
check "statx: a directory shows 2 links, whatever its subdirectories" test "$(stat -c %h mnt)" = 2
check "statx: a file shows 1 link (its source has 2)" test "$(stat -c %h "$f")" = 1
check "statx: the inode number is not the source's" test "$(stat -c %i "$f")" != "$(stat -c %i src/kept_b.csv)"
check "statx: the time is not the source's" test "$(stat -c %Y "$f")" != "$(stat -c %Y src/kept_b.csv)"
if [ "$xattrs" = 1 ]; then
	check "the source's user.comment does not pass" fails_with ENODATA "os.getxattr('$f', 'user.comment')"
	check_not "listxattr shows provenance only" sh -c "getfattr -d -m - '$f' | grep -v '^#' | grep -v '^user\.pseudonymfs\.' | grep -q ."
fi
check "pseudonymfs -d unmounts, exit status 0" unmount_view mnt fs.log

# ---- stderr a pipe whose reader quit ----
mkfifo errpipe
mkdir -p mnt2
("$fsbin" -f -o "policy=$work/policy,key=$work/key,audit=$work/pipe.audit" src mnt2 2> errpipe) &
pid=$!
daemons="$daemons $pid"
mounts="$mounts $work/mnt2"
# Read until the mount's line, then quit: the next line meets no reader.
sed -n '/mounted/q' < errpipe
wait_mounted mnt2 "$pid"
check "stderr's reader gone: the daemon serves" cmp mnt2/kept_b.csv ref/kept_b.csv
# A line to stderr now (a file that cannot be shown): EPIPE, not death.
printf 'IPP;Sexe\n1;"x\n' > src/kept_broken.csv
check "... a file that cannot be shown gives EIO" fails_with EIO "open('mnt2/kept_broken.csv').read()"
check "... the daemon is still alive after writing to the closed pipe" kill -0 "$pid"
check "... and still serves" cmp mnt2/labo/kept_a.csv ref/labo/kept_a.csv
check "... it unmounts" fusermount3 -u mnt2
wait "$pid"
check "... exit status 0" test $? -eq 0
check "... its unmount record is the last" sh -c "tail -n 1 pipe.audit | grep -q 'event=unmount'"
check "... the chain verifies" sh -c "'$bin' audit-verify pipe.audit > /dev/null"

check_nothing_left
finish
