#!/bin/sh
# The view bytes, pinned: the samples exported under the example policy, and
# under a variant with the operators the example leaves out (postcode,
# redact, mask, nir as a token, date by month), with a fixed key, against
# the digests in tests/data/golden.sha256.  A restructuring must leave them
# as they are (issue 14); a change that means to change a view says so in
# its commit and records the new digests with
#	sh tests/integration/test_golden.sh --update
. "$(dirname "$0")/lib.sh"
cd "$work"
samples="$top/conf/samples"
golden="$top/tests/data/golden.sha256"

# A fixed key, bytes 0 to 31: never a key to use.
python3 -c 'import sys; sys.stdout.buffer.write(bytes(range(32)))' > key
chmod 600 key
sed -e '/^\[column code_postal\]/,/^\[/ s/^op *= drop/op = postcode/' \
    -e '/^\[column ville\]/,/^\[/ s/^op *= drop/op = redact\ntext = [VILLE]/' \
    -e '/^\[column mutuelle\]/,/^\[/ s/^op *= keep/op = mask\nfirst = 1\nlast = 2\nchar = #/' \
    -e '/^\[column nir\]/,/^\[/ { /^output/d; /^keep_year/d; }' \
    -e '/^\[column nir\]/,/^\[/ s/^op *= nir/op = nir\nprefix = N-/' \
    -e '/^\[column dates\]/,/^\[/ s/^mode *= shift/mode = month/' \
    "$top/conf/example.policy" > ops.policy
for p in postcode redact mask month N-; do
	check "the variant policy uses $p" has ops.policy "$p"
done

"$bin" export -p "$top/conf/example.policy" -k key "$samples" example 2>/dev/null
check "the example export succeeds" test -s example/patients.csv
"$bin" export -p ops.policy -k key "$samples" ops 2>/dev/null
check "the variant export succeeds" test -s ops/patients.csv
find example ops -type f | LC_ALL=C sort | xargs sha256sum > got.sha256

if [ "${1:-}" = --update ]; then
	cp got.sha256 "$golden"
	echo "recorded $(wc -l < got.sha256) digests in $golden"
	exit 0
fi
check "the golden digests cover both exports" test "$(wc -l < "$golden")" -ge 10
check "every view file's bytes are the recorded ones" diff -u "$golden" got.sha256
# The variant really differs where its operators do.
check_not "the variant's patients differ from the example's" cmp -s example/patients.csv ops/patients.csv
finish
