#!/bin/sh
# One pass on the first read (issue 12 item 1, docs/performance.md): the
# index pass of a fresh mount keeps its view bytes in an unnamed file of
# -o first_pass=DIR, the first opener's reads are copied from it, and it
# is dropped when that opener closes.  On real mounts: the first read, a
# `head`, readers at once at different offsets, `cp -r`, a malformed file,
# a source replaced between stat and open, a disk budget smaller than the
# view, and first_pass=off all give the exporter's bytes, and fstat after
# a first read gives the count of bytes read.  A fresh file's lookup and
# open are answered while its pass runs: reads then, stat, fstat,
# lseek(SEEK_END) and mmap of such a handle, a source replaced or
# rewritten and a record malformed late during the pass.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/mountlib.sh"
cd "$work"
checks="$top/tests/integration/firstpass_checks.py"
gen="$top/tests/gen/gen_exports.py"
policy="$top/conf/example.policy"

"$bin" keygen key >/dev/null
mkdir src bad fp
# Over 16 MB: the pass runs on two threads in chunks (index_threads=2),
# each chunk keeping its own bytes.
python3 "$gen" --bench-patients src/patients_big.csv --size-mb 18 --seed 7 >/dev/null 2>&1
cp "$top/conf/samples/patients.csv" src/patients.csv
"$bin" export -q -p "$policy" -k key src ref
# A malformed record 1 MB in: the pass fails there.
python3 "$gen" --bench-patients bad/patients_bad.csv --size-mb 2 --seed 8 >/dev/null 2>&1
python3 - bad/patients_bad.csv <<'EOF'
import sys
p = sys.argv[1]
b = open(p, "rb").read()
cut = b.index(b"\n", 1 << 20) + 1
open(p, "wb").write(b[:cut] + b'1;"RAWVALUEINSIDE\n' + b[cut:])
EOF

opts="-o policy=$policy,key=$work/key,index_threads=2,first_pass=$work/fp"
pid_of() { cat "$1.pid"; }
# kept LOG: the daemon's open files in fp/ (unnamed: "#ino (deleted)")
kept() {
	n=0
	for l in /proc/"$(pid_of "$1")"/fd/*; do
		case $(readlink "$l" 2>/dev/null) in
		"$work/fp/"*) n=$((n + 1)) ;;
		esac
	done
	echo $n
}
# kept_bytes LOG: their sizes, summed
kept_bytes() {
	n=0
	for l in /proc/"$(pid_of "$1")"/fd/*; do
		case $(readlink "$l" 2>/dev/null) in
		"$work/fp/"*) n=$((n + $(stat -L -c %s "$l"))) ;;
		esac
	done
	echo $n
}
head_bytes() { head -n 1 "$1" | wc -c; }
# unmount MNT LOG: unmount_view, retried while the kernel still says busy
# (a reader's last requests may be in flight just after it exited; seen
# once under the sanitizers' slowness)
unmount() {
	i=0
	while mountpoint -q "$1" && ! fusermount3 -u "$1" 2>/dev/null &&
	    [ $i -lt 20 ]; do
		sleep 0.25
		i=$((i + 1))
	done
	mountpoint -q "$1" && return 1
	wait "$(cat "$2.pid")"
}
# kept_is LOG N: the count becomes N within 5 s (a close reaches the
# daemon after close(2) returns: FUSE sends its RELEASE asynchronously)
kept_is() {
	i=0
	while [ "$(kept "$1")" -ne "$2" ] && [ $i -lt 50 ]; do
		sleep 0.1
		i=$((i + 1))
	done
	test "$(kept "$1")" -eq "$2"
}

# ---- stat first (ls -l), then the first read ----
check "mounts" mount_view src m1 fs1.log $opts || finish
ls -l m1 > /dev/null
# The samples' file is under 1 MB: its pass keeps nothing (FIRSTPASS_MIN_SOURCE).
check "the stat's pass keeps the view of the large file only" test "$(kept fs1.log)" -eq 1
want=$(( $(stat -c %s ref/patients_big.csv) - $(head_bytes ref/patients_big.csv) ))
check "every view byte after the header is kept" test "$(kept_bytes fs1.log)" -eq "$want"
check "the size stat gives is the export's" \
    test "$(stat -c %s m1/patients_big.csv)" -eq "$(stat -c %s ref/patients_big.csv)"
check "the first read gives the export's bytes, fstat after it their count" \
    python3 "$checks" whole m1/patients_big.csv ref/patients_big.csv
check "the kept bytes are dropped when the first opener closes" kept_is fs1.log 0
check "a second read gives the same bytes" cmp m1/patients_big.csv ref/patients_big.csv
check "random reads after the drop still give the export's bytes" \
    python3 "$checks" concurrent m1/patients_big.csv ref/patients_big.csv 3
check "the small file reads as its export" cmp m1/patients.csv ref/patients.csv

# A source replaced after its stat: the new version's own pass and bytes.
ls -l m1 > /dev/null
cp src/patients.csv new.csv && sed -n 2p src/patients.csv >> new.csv
mv new.csv src/patients.csv
"$bin" export -q -p "$policy" -k key --as patients.csv src/patients.csv ref_new.csv
sleep 1.2	# entry and attribute timeouts
check "a replaced source reads as its new version" cmp m1/patients.csv ref_new.csv
check "with the new version's size" \
    test "$(stat -c %s m1/patients.csv)" -eq "$(stat -c %s ref_new.csv)"
cp "$top/conf/samples/patients.csv" src/patients.csv
check "unmounts" unmount m1 fs1.log

# ---- open first: cat, head, readers at once on fresh mounts ----
check "mounts again" mount_view src m2 fs2.log $opts || finish
check "a fresh mount's first cat gives the export's bytes" cmp m2/patients_big.csv ref/patients_big.csv
check "and drops the kept bytes when it closes" kept_is fs2.log 0
check "unmounts" unmount m2 fs2.log
check "mounts again" mount_view src m3 fs3.log $opts || finish
head -c 300 m3/patients_big.csv > head.out
head -c 300 ref/patients_big.csv > head.ref
check "head -c 300 of a fresh file gives the export's first 300 bytes" cmp head.out head.ref
check "unmounts" unmount m3 fs3.log
check "mounts again" mount_view src m4 fs4.log $opts || finish
check "8 readers at once at different offsets on a fresh mount: the export's bytes" \
    python3 "$checks" concurrent m4/patients_big.csv ref/patients_big.csv 8
check "unmounts" unmount m4 fs4.log

# ---- cp -r of a fresh mount ----
check "mounts again" mount_view src m5 fs5.log $opts || finish
mkdir out
check "cp -r of a fresh mount succeeds" cp -r m5/. out/
check "and equals the export byte for byte" diff -r out ref
check "unmounts" unmount m5 fs5.log

# ---- a disk budget smaller than the view: the rest is transformed ----
check "mounts with first_pass_max=1M" mount_view src m6 fs6.log $opts,first_pass_max=1M || finish
ls -l m6 > /dev/null
check "at most 1 MiB is kept" test "$(kept_bytes fs6.log)" -le 1048576
check "the first read still gives the export's bytes" \
    python3 "$checks" whole m6/patients_big.csv ref/patients_big.csv
check "unmounts" unmount m6 fs6.log

# ---- first_pass=off: nothing kept, the same bytes ----
check "mounts with first_pass=off" mount_view src m7 fs7.log \
    -o "policy=$policy,key=$work/key,first_pass=off" || finish
ls -l m7 > /dev/null
check "nothing is kept with first_pass=off" test "$(kept fs7.log)" -eq 0
check "the bytes are the export's" cmp m7/patients_big.csv ref/patients_big.csv
check "unmounts" unmount m7 fs7.log

# ---- reads while the pass runs (docs/performance.md): a fresh mount's
# lookup is answered at once, the open too, and the reads are served from
# the running pass; stat, fstat and lseek(SEEK_END) wait for the exact
# size ----
check "mounts again, one index thread" mount_view src m9 fs9.log $opts,index_threads=1 || finish
head -c 300 m9/patients_big.csv > head9.out
check "head -c 300 while the pass runs gives the export's first 300 bytes" cmp head9.out head.ref
check "stat after it gives the export's size" \
    test "$(stat -c %s m9/patients_big.csv)" -eq "$(stat -c %s ref/patients_big.csv)"
check "a full read after it gives the export's bytes, fstat their count" \
    python3 "$checks" whole m9/patients_big.csv ref/patients_big.csv
check "unmounts" unmount m9 fs9.log
for t in 1 2; do
	check "mounts again, $t index thread(s)" mount_view src m10 fs10.log $opts,index_threads=$t || finish
	check "during the pass ($t): fstat, lseek(SEEK_END), stat give the export's size; mmap and reads its bytes" \
	    python3 "$checks" during m10/patients_big.csv ref/patients_big.csv
	check "unmounts" unmount m10 fs10.log
done
check "mounts again, one index thread" mount_view src m11 fs11.log $opts,index_threads=1 || finish
check "8 readers at once while the pass runs on one thread: the export's bytes" \
    python3 "$checks" concurrent m11/patients_big.csv ref/patients_big.csv 8
check "unmounts" unmount m11 fs11.log
check "mounts with first_pass_max=1M" mount_view src m12 fs12.log $opts,first_pass_max=1M || finish
head -c 300 m12/patients_big.csv > head12.out
check "a budget smaller than the view: head gives the export's bytes" cmp head12.out head.ref
check "and a full read too (past the budget, read once the pass ended)" \
    python3 "$checks" whole m12/patients_big.csv ref/patients_big.csv
check "unmounts" unmount m12 fs12.log

# A source replaced by rename while its pass runs: the handle opened before
# reads its own version to the end (the pass holds it), a new open the new
# one; rewritten in place: EIO, never a mix of the two.
mkdir rsrc
cp src/patients_big.csv rsrc/patients_big.csv
python3 "$gen" --bench-patients other.csv --size-mb 18 --seed 9 >/dev/null 2>&1
"$bin" export -q -p "$policy" -k key --as patients_big.csv other.csv ref_other.csv
check "mounts a copy" mount_view rsrc m13 fs13.log $opts,index_threads=1 || finish
check "replaced by rename during the pass: the old handle reads its version, a new open the new one" \
    python3 "$checks" replaced m13/patients_big.csv rsrc/patients_big.csv other.csv ref/patients_big.csv ref_other.csv
check "unmounts" unmount m13 fs13.log
cp src/patients_big.csv rsrc/patients_big.csv
check "mounts the copy again" mount_view rsrc m14 fs14.log $opts,index_threads=1 || finish
check "rewritten in place during the pass: EIO, never a mix" \
    python3 "$checks" rewritten m14/patients_big.csv rsrc/patients_big.csv other.csv ref/patients_big.csv
check "unmounts" unmount m14 fs14.log

# A malformed record late in a file: the bytes before it may be read while
# the pass runs, then EIO; never a raw byte.
mkdir late
python3 "$gen" --bench-patients late/patients_late.csv --size-mb 14 --seed 10 >/dev/null 2>&1
python3 - late/patients_late.csv late_prefix.csv <<'EOF2'
import sys
p = sys.argv[1]
b = open(p, "rb").read()
cut = b.index(b"\n", 12 << 20) + 1
open(sys.argv[2], "wb").write(b[:cut])
open(p, "wb").write(b[:cut] + b'1;"RAWVALUEINSIDE\n' + b[cut:])
EOF2
"$bin" export -q -p "$policy" -k key --as patients_late.csv late_prefix.csv ref_late_prefix.csv
check "mounts a file malformed late" mount_view late m15 fs15.log $opts,index_threads=1 || finish
check "read while its pass runs: the view's bytes, then EIO, no raw byte" \
    python3 "$checks" late_error m15/patients_late.csv ref_late_prefix.csv RAWVALUEINSIDE
check "an open or fstat after the failure gives EIO, never a size" \
    fails_with EIO "os.fstat(os.open('m15/patients_late.csv', os.O_RDONLY))"
sleep 1.2	# entry timeout: looked up again, as a file that cannot be shown
check "then stat says it has no bytes" test "$(stat -c %s m15/patients_late.csv)" -eq 0
check "a new open fails" sh -c "! cat m15/patients_late.csv > /dev/null 2>&1"
check "the log names the line" grep -q "patients_late.csv: line [0-9]*" fs15.log
check "the log holds no cell value" sh -c "! grep -q RAWVALUEINSIDE fs15.log"
check "nothing of the failed pass is kept" kept_is fs15.log 0
check "unmounts" unmount m15 fs15.log

# ---- a malformed record during the first pass: EIO, never raw bytes ----
check "mounts a malformed file" mount_view bad m8 fs8.log $opts || finish
cat m8/patients_bad.csv > bad.out 2> bad.err
check "its first read fails" test -s bad.err
check "with EIO" grep -q "Input/output error" bad.err
check "and gives no byte" test ! -s bad.out
check "nothing of the failed pass is kept" test "$(kept fs8.log)" -eq 0
check "the log names the line" grep -q "patients_bad.csv: line [0-9]*" fs8.log
check "the log holds no cell value" sh -c "! grep -q RAWVALUEINSIDE fs8.log"
check "no temporary file is left in the directory" test -z "$(ls -A fp)"
check "unmounts" unmount m8 fs8.log

check_nothing_left
finish
