#!/bin/sh
# The daemon's own threads under load (hostile25): on a synthetic tree
# (gen_exports.py) whose lab tables read the identity source, 4 readers
# (whole files by pread at shuffled offsets), 2 `dd` loops, 2 `ls -l`
# loops and 2 staters run for LOAD_SECONDS (default 6) while a large
# source is replaced by rename over and over, the identity source is
# replaced by another version and back, another source and the policy
# are touched.
# Every handle reads one version whole, every listing is complete (the
# invariants "one version per handle", "listings complete under any
# load"); tests/integration/concurrent_load.py says what is checked.
#
# `make test-tsan-mount` runs it with BUILD=build-tsan, the daemon built
# with -fsanitize=thread: then a report of ThreadSanitizer in the daemon's
# log (a data race in the FUSE workers, the index cache, the name cache,
# the identity reload) fails the test, and so does the daemon's exit
# status (TSAN_OPTIONS exitcode).
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/mountlib.sh"
cd "$work"
seconds=${LOAD_SECONDS:-6}
gen="$top/tests/gen/gen_exports.py"

"$bin" keygen key
python3 "$gen" --out src --manifest ./manifest.json --seed 3 > /dev/null
python3 "$gen" --out idb --manifest ./idb.json --seed 4 > /dev/null
# Two versions of a large source (several index checkpoints each).
python3 "$gen" --bench-patients big1.csv --size-mb 2 --seed 1
python3 "$gen" --bench-patients big2.csv --size-mb 3 --seed 2
cp big1.csv src/patients_big.csv
cp src/patients.csv ida.csv
cp idb/patients.csv idbp.csv
# The example policy, its lab tables and notes reading the identity source.
sed 's/^patient         = ipp$/&\nidentity        = patients.csv/' \
    "$top/conf/example.policy" > policy
check "the policy reads the identity source" grep -q '^identity *= patients.csv' policy

# The states the load puts the sources in: each view file must be one of
# these exports' copy of it, whole.
state=0
for id in ida.csv idbp.csv; do
	for big in big1.csv big2.csv; do
		state=$((state + 1))
		rm -rf s
		cp -r src s
		cp "$id" s/patients.csv
		cp "$big" s/patients_big.csv
		check "export of state $state" "$bin" export -q -p policy -k key s ref$state
	done
done
rm -rf s

opts="-o policy=$work/policy,key=$work/key"
check "pseudonymfs mounts" mount_view src mnt fs.log $opts || finish
check "$seconds s of readers, dd, ls -l and stat while sources change: one version per handle, listings complete" \
    python3 "$top/tests/integration/concurrent_load.py" mnt src "$seconds" ref1 ref2 ref3 ref4 -- \
    patients_big.csv=big1.csv,big2.csv patients.csv=ida.csv,idbp.csv sejours.csv=touch \
    "$work/policy=touch"
check "no ThreadSanitizer report in the daemon's log" sh -c "! grep -q 'ThreadSanitizer' fs.log"
grep -m 3 -A 30 'WARNING: ThreadSanitizer' fs.log | head -n 100
check "unmounts cleanly (exit status 0)" unmount_view mnt fs.log
check "still no ThreadSanitizer report after the unmount" sh -c "! grep -q 'ThreadSanitizer' fs.log"
check "no raw value in the daemon's log" python3 "$top/tests/integration/check_audit.py" noraw manifest.json fs.log
check_nothing_left
finish
