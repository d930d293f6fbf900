#!/bin/sh
# Leak property: random exports (tests/gen/gen_leak.py: column orders, header
# spellings, dialects, encodings, quoting) exported and mounted with the
# example policy; no raw value of the manifest in any cell, file name, log
# or stderr.  LEAK_SEEDS picks the seeds (`make leak-long` runs many).
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/mountlib.sh"
cd "$work"
# The free-text column is dropped here: the scrub operator of the example
# policy lets through names it has no list for and the row does not carry
# ("Vu Dtvsvdm TWPKSSÎWS", docs/fuzzing.md).  LEAK_SCRUB=1 keeps the
# example policy as it is, to measure that.
policy="$work/leak.policy"
if [ -n "${LEAK_SCRUB:-}" ]; then
	cp "$top/conf/example.policy" "$policy"
else
	awk '/^\[/ { in_c = ($0 == "[column commentaire]") }
	     in_c && /^op / { print "op = drop"; next }
	     in_c && /^(dates|digits|suppress|placeholder) / { next }
	     { print }' "$top/conf/example.policy" > "$policy"
fi
gen="$top/tests/gen/gen_leak.py"
checker="$top/tests/integration/check_leaks.py"
# A fixed key (test_golden's): the checker looks for every raw number of 8
# digits or more inside any digit run, and a random key's pseudonymous NIRs
# (15 random digits, written whole half the time) hold a raw IPP, stay
# number or phone about one run in 4,000 over the five seeds (flake27:
# 2.4e-4, from the windows of 40 fresh keys' NIRs that began with a raw
# number's 5 first digits).  A leak does not depend on the key; with this
# one the five seeds' views are fixed, and a seed of `make leak-long` that
# drew such a NIR would fail the same way each time, its message saying
# the number's length and the file.
python3 -c 'import sys; sys.stdout.buffer.write(bytes(range(32)))' > key
chmod 600 key
for seed in ${LEAK_SEEDS:-1 2 3 4 5}; do
	rm -rf src out mnt copy
	python3 "$gen" --seed "$seed" --out src --manifest m.json
	timeout 120 "$bin" export -v -p "$policy" -k key src out 2>err
	check "seed $seed: every file exported" test "$(find out -type f | wc -l)" -eq 4
	check "seed $seed: the checker sees the raw values in the source" \
		sh -c "! python3 '$checker' m.json src >/dev/null"
	check "seed $seed: no raw value in the export or its stderr" python3 "$checker" m.json out err
	check "seed $seed: mounts" mount_view src mnt fs.log -o "policy=$policy,key=$work/key" || continue
	timeout 60 cp -r mnt copy
	check "seed $seed: the mount serves the export's bytes" diff -r copy out
	check "seed $seed: no raw value through the mount or in its log" python3 "$checker" m.json mnt fs.log
	check "seed $seed: unmounts" unmount_view mnt fs.log
done
check_nothing_left
finish
