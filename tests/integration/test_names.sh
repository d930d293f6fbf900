#!/bin/sh
# The mount's name cache (namecache.h): renamed files (rename = token) are
# found by a per-directory table, and the table follows the directory:
# files added, renamed and removed while mounted appear and disappear as
# without a cache, and no name is reachable that the listing does not show.
# Speed is measured by tests/bench/bench_lookup.sh, not here.
. "$(dirname "$0")/lib.sh"
. "$top/tests/integration/mountlib.sh"
cd "$work"
policy="$top/conf/example.policy"
"$bin" keygen key > /dev/null

mkdir src
one="$top/conf/samples/export_BONNET_Pierre.csv"
i=0
while [ $i -lt 300 ]; do
	cp "$one" "src/export_PATIENT_$i.csv"
	i=$((i + 1))
done
cp "$top/conf/samples/patients.csv" src/
"$bin" export -q -p "$policy" -k key src ref

check "pseudonymfs mounts" mount_view src mnt fs.log -o "policy=$policy,key=$work/key" || finish
ls mnt | sort > listed
ls ref | sort > expected
check "the listing is the export's" cmp -s listed expected
# Every listed name resolves: stat each (each is a lookup in the table).
missing=0
for f in $(cat listed); do
	[ -f "mnt/$f" ] || missing=$((missing + 1))
done
check "every listed renamed file resolves" test $missing -eq 0
check "a renamed file's bytes are the export's" cmp -s "mnt/$(sed -n 5p listed)" "ref/$(sed -n 5p listed)"
check "a name not listed is not found" test ! -e mnt/export_nosuchtoken.csv
check "a source name is not reachable" test ! -e mnt/export_PATIENT_7.csv

# Changes while mounted: the directory's times invalidate its table.
cp "$one" src/export_NEWCOMER_1.csv
"$bin" export -q -p "$policy" -k key src ref2
new=$(ls ref2 | sort | comm -13 expected -)
check "one new view name" test "$(echo "$new" | wc -w)" -eq 1
check "an added file resolves at once" test -f "mnt/$new"
check "and is listed" sh -c "ls mnt | grep -qx '$new'"
ls ref2 | sort > ref2.list
mv src/export_PATIENT_8.csv src/export_RENAMED_8.csv
"$bin" export -q -p "$policy" -k key src ref3
renamed=$(ls ref3 | sort | comm -13 ref2.list -)
vanished=$(ls ref3 | sort | comm -23 ref2.list -)
sleep 1.1	# the kernel's own entry cache (entry_timeout = 1 s)
check "a renamed source shows under its new view name" test -f "mnt/$renamed"
check "and no longer under its old one" test ! -e "mnt/$vanished"
rm src/export_PATIENT_9.csv
"$bin" export -q -p "$policy" -k key src ref4
ls ref3 | sort > ref3.list
removed=$(ls ref4 | sort | comm -13 - ref3.list)
sleep 1.1
check "a removed source is gone" test ! -e "mnt/$removed"
check "the listing is the export's after the changes" sh -c "ls mnt | sort | cmp -s - \$(ls ref4 | sort > r4; echo r4)"
check "unmounts" unmount_view mnt fs.log

# ---- index passes in the log (-o index_log): the view name, never the
# source's, how far, how fast ----
mkdir big
python3 "$top/tests/gen/gen_exports.py" --bench-patients big/patients_log.csv --size-mb 20 >/dev/null 2>&1
cp "$one" big/export_DURAND_Marcel.csv
check "pseudonymfs mounts with index_log=0" mount_view big mnt2 fs2.log -o "policy=$policy,key=$work/key,index_log=0,index_threads=3" || finish
stat mnt2/patients_log.csv > /dev/null
renamed=$(ls mnt2 | grep '^export_')
cat "mnt2/$renamed" > /dev/null
check "the pass is logged at its end with its size and rate" grep -qE 'indexed patients_log.csv: 2[0-9]\.[0-9] MB in [0-9.]+ s \([0-9.]+ MB/s\)' fs2.log
check "under progress lines with %" grep -qE 'indexing patients_log.csv: [0-9]+% \([0-9.]+ of 2[0-9]\.[0-9] MB\)' fs2.log
check "a renamed file is logged by its view name" grep -q "indexed $renamed" fs2.log
check "never by its source name" sh -c "! grep -q DURAND fs2.log"
# The pass ran on 3 threads (a 20 MB file is cut in chunks): the size and
# the bytes are the export's, read whole and at random offsets.
"$bin" export -q -j 1 -p "$policy" -k key big/patients_log.csv log.csv
check "index on threads: the size is the export's" test "$(stat -c %s mnt2/patients_log.csv)" -eq "$(stat -c %s log.csv)"
check "index on threads: random reads are the export's bytes" python3 -c "
import os, random, sys
want = open('log.csv', 'rb').read()
fd = os.open('mnt2/patients_log.csv', os.O_RDONLY)
os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
rnd = random.Random(12)
for _ in range(300):
    off = rnd.randrange(len(want)); n = rnd.randrange(1, 200000)
    if os.pread(fd, n, off) != want[off:off + n]:
        sys.exit(1)
"
check "index on threads: the whole view is the export's" cmp -s mnt2/patients_log.csv log.csv
check "unmounts" unmount_view mnt2 fs2.log
check_not "index_log=x is refused" "$fsbin" -f -o "policy=$policy,key=$work/key,index_log=x" big mnt2 2>/dev/null
check_nothing_left
finish
