#!/bin/sh
# The exporter on every core (-j), its progress line, its summary, its
# destination rules (--update) and its command line (--version, --help,
# missing options named, keygen's key id).  Parallel runs must give the
# bytes of one sequential pass; nothing here is timed.
. "$(dirname "$0")/lib.sh"
cd "$work"
samples="$top/conf/samples"
policy="$top/conf/example.policy"
fsbin="$top/${BUILD:-build}/pseudonymfs"

# ---- keygen prints the id of the key it wrote ----
"$bin" keygen key > keygen.out
check "keygen prints a key id" grep -qE '^key: key id [0-9a-f]{16}$' keygen.out
id=$(sed 's/.*key id //' keygen.out)
"$bin" export -v -p "$policy" -k key "$samples/patients.csv" p.csv 2> v.err
check "the printed id is the one export logs" has v.err "key id $id"

# ---- version, help, missing options ----
check "pseudonymize --version" sh -c "'$bin' --version | grep -qE '^pseudonymize [0-9]+\.[0-9]+'"
check "pseudonymfs --version names the same version" sh -c \
    "test \"\$('$fsbin' --version | cut -d' ' -f2)\" = \"\$('$bin' --version | cut -d' ' -f2)\""
for sub in keygen export check audit-verify; do
	"$bin" $sub --help > help.$sub 2> help.err
	check "$sub --help exits 0" test $? -eq 0
	check "$sub --help prints its own usage" grep -q "usage: pseudonymize $sub" help.$sub
	check "$sub --help prints no other usage" sh -c "! grep -v 'pseudonymize $sub' help.$sub | grep -q 'pseudonymize '"
done
check "export --help mentions -j and --update" sh -c "grep -q -- '-j N' help.export && grep -q -- '--update' help.export"
# Every option of check's synopsis is explained below it, not only listed.
sed '/^ *usage:/d; /^      /d' help.check > help.check.body
for o in -k --json --k --worst --show-headers --show-names -q; do
	check "check --help explains $o" grep -q -- "$o[ :,]" help.check.body
done
check "audit-verify --help gives its exit statuses" \
    sh -c "grep -q 'Exit 0' help.audit-verify && grep -q '3 intact' help.audit-verify"
"$bin" export -k key "$samples" o1 2> err
check "export without -p names -p POLICY" has err "-p POLICY is missing"
"$bin" export -p "$policy" "$samples" o1 2> err
check "export without -k names -k KEYFILE" has err "-k KEYFILE is missing"
check "nothing was written" test ! -e o1
"$bin" check "$samples" 2> err
check "check without -p names -p POLICY" has err "-p POLICY is missing"
# A usage error exits 2 (pseudonymize(1)), says what is wrong and shows the
# synopsis of its subcommand alone, never every subcommand's.
usage_error() { # NAME WHAT ARGS...: "$bin" ARGS must be a usage error of NAME saying WHAT
	u_name=$1 u_what=$2; shift 2
	"$bin" "$@" > u.out 2> u.err
	u_status=$?
	check "$* exits 2" test "$u_status" -eq 2
	check "$* says: $u_what" has u.err "pseudonymize $u_name: $u_what"
	check "$* shows its synopsis" grep -q "^usage: pseudonymize $u_name " u.err
	check "$* shows no other subcommand's" sh -c "! grep -v \"pseudonymize $u_name\" u.err | grep -q 'pseudonymize '"
	check "$* writes nothing on standard output" test ! -s u.out
}
usage_error export "expected SRC and DST" export -p "$policy" -k key "$samples"
check "and wrote nothing" test ! -e o1
usage_error export "-p POLICY is missing" export -k key "$samples" o1
usage_error export "unrecognized option '--bogus'" export --bogus -p "$policy" -k key "$samples" o1
usage_error check "expected one SRC" check -p "$policy"
usage_error check "expected one SRC" check -p "$policy" "$samples" "$samples"
usage_error keygen "expected one KEYFILE" keygen
check "keygen with no KEYFILE wrote no key" test ! -e u.key
usage_error audit-verify "expected one audit file or more" audit-verify
usage_error reveal "expected SRC and at least one TOKEN" reveal -p "$policy" -k key "$samples"
# An option's value out of its range, options that do not go together:
# usage errors too (they exited 1, as a file that fails).
usage_error export "-j abc: expected a number of worker threads" export -j abc -p "$policy" -k key "$samples" o1
usage_error export "-j 0: expected a number of worker threads" export -j 0 -p "$policy" -k key "$samples" o1
usage_error export "--encoding latin9: expected utf-8 or cp1252" export --encoding latin9 --header-line IPP -p "$policy" -k key - -
usage_error export "--gzip writes whole files" export --gzip --header-line IPP -p "$policy" -k key - -
usage_error export "--header-line and --header-from are for chunks" export --header-line IPP -p "$policy" -k key "$samples" o1
check "and wrote nothing" test ! -e o1
usage_error check "--worst abc: expected a whole number" check --worst abc -p "$policy" "$samples"
usage_error check "--k 0: expected a whole number" check --k 0 -p "$policy" "$samples"
"$bin" export -p "$policy" -k key "$samples/patients.csv" one.csv 2> err
check "a well-formed export is no usage error" test $? -eq 0
mkdir mnt
"$fsbin" -o key=key "$samples" mnt 2> err
check "pseudonymfs without policy names -o policy" has err "-o policy=FILE is missing"
"$fsbin" -o policy="$policy" "$samples" mnt 2> err
check "pseudonymfs without key names -o key" has err "-o key=FILE is missing"
check "and mounted nothing" sh -c "! findmnt -n '$work/mnt' >/dev/null"
"$fsbin" -o "policy=$policy,key=key" "$samples" 2> fs.err
check "pseudonymfs without MOUNTPOINT exits 1" test $? -eq 1
check "and names what is missing" has fs.err "pseudonymfs: MOUNTPOINT is missing; usage: pseudonymfs"
check "in one line" test "$(wc -l < fs.err)" -eq 1
"$fsbin" 2> fs.err
check "pseudonymfs without operands names both" has fs.err "pseudonymfs: SRC and MOUNTPOINT are missing"
# pseudonymfs: a usage error exits 1 (mount(8)'s status for an incorrect
# invocation, passed on from its helper), a bad value named, no mount.
for v in index_threads=0 index_threads=abc index_log=-1 memory=1k; do
	"$fsbin" -o "policy=$policy,key=key,$v" "$samples" mnt 2> fs.err
	check "pseudonymfs -o $v exits 1" test $? -eq 1
	check "pseudonymfs -o $v names it" has fs.err "pseudonymfs: $v:"
done
check "and mounted nothing" sh -c "! findmnt -n '$work/mnt' >/dev/null"

# ---- summary: printed without -v, unmatched files counted ----
"$bin" export -p "$policy" -k key "$samples" out 2> sum.err
check "summary printed without -v" has sum.err "5 files exported"
check "the unmatched text file is counted" has sum.err "1 not matched by any rule"
check "the hidden file is counted as not shown" has sum.err "1 other entries not shown"
"$bin" export -q -p "$policy" -k key "$samples" outq 2> q.err
check "-q: no summary" test ! -s q.err

# ---- destination: refused when not empty, --update replaces and prunes ----
cp -r out before
check_not "a non-empty destination is refused" "$bin" export -p "$policy" -k key "$samples" out 2> err
check "the refusal says --update" has err "--update"
check "the refused destination is untouched" diff -r before out
mkdir -p out/stale/deeper
echo old > out/stale/deeper/old.csv
echo old > out/obsolete.csv
echo tampered > out/patients.csv
ln -s /etc/passwd out/link.csv
rm out/sejours.csv
mkdir out/sejours.csv	# a directory where the view has a file
"$bin" export --update -p "$policy" -k key "$samples" out 2> up.err
check "--update succeeds" test $? -eq 0
check "--update gives exactly the view" diff -r before out
check "--update says what it removed" has up.err "4 entries of an earlier export removed"
check "--update removed a link, not its target" test -s /etc/passwd
check "a fresh directory still works" "$bin" export -q -p "$policy" -k key "$samples" fresh

# ---- -j: the bytes of one sequential pass ----
for j in 1 2 4 7; do
	"$bin" export -q -j $j -p "$policy" -k key "$samples" tree.$j
	check "tree export -j $j succeeds" test $? -eq 0
	check "tree export -j $j == -j 1" diff -r tree.1 tree.$j
done
check "-j 1 == the first export" diff -r out tree.1
check_not "-j 0 is refused" "$bin" export -j 0 -p "$policy" -k key "$samples" j0 2>/dev/null
check_not "-j x is refused" "$bin" export -j x -p "$policy" -k key "$samples" j0 2>/dev/null

{ cat <<'POL'
[project]
name = jobs-test
patient = ipp
[file notes]
match = notes*.csv
[column comment]
headers = Commentaire
op = keep
[column service]
headers = Service
op = keep
POL
policy_columns ipp date; } > notes.policy
python3 "$top/tests/integration/gen_quoted.py" notes_big.csv 24
python3 "$top/tests/integration/gen_quoted.py" notes_lf.csv 12 --lf
for f in notes_big.csv notes_lf.csv; do
	"$bin" export -q -j 1 -p notes.policy -k key $f $f.j1
	check "$f exports with -j 1" test $? -eq 0
	for j in 2 3 4; do
		"$bin" export -q -j $j -p notes.policy -k key $f $f.j$j
		check "$f: -j $j == -j 1 byte for byte (quoted line feeds)" cmp -s $f.j1 $f.j$j
	done
	"$bin" export -q -j 4 -p notes.policy -k key $f - > $f.stdout
	check "$f: -j 4 to standard output == -j 1" cmp -s $f.j1 $f.stdout
	"$bin" export -q -j 4 -p notes.policy -k key --as $f - - < $f > $f.pipe
	check "$f: from a pipe == -j 1" cmp -s $f.j1 $f.pipe
done
check "the generated file has quoted line feeds" sh -c "test \$(wc -l < notes_big.csv) -gt \$(grep -c '^[0-9]\{6\};' notes_big.csv)"
# A tree holding a large file: chunks of it on every worker.
mkdir bigtree bigtree/sub
cp notes_big.csv bigtree/notes_a.csv
cp notes_lf.csv bigtree/sub/notes_b.csv	# not matched: the glob is notes*.csv
cp "$samples/patients.csv" bigtree/notes_small.csv 2>/dev/null
head -c 2000 notes_lf.csv > bigtree/notes_cut.csv	# a cut record: must fail
"$bin" export -q -j 1 -p notes.policy -k key bigtree bt1 2> bt1.err
r1=$?
"$bin" export -q -j 4 -p notes.policy -k key bigtree bt4 2> bt4.err
r4=$?
check "a tree with a bad file fails, -j 1 and -j 4 alike" test $r1 -ne 0 -a $r4 -ne 0
check "tree with a large file: -j 4 == -j 1" diff -r bt1 bt4
check "the same messages with -j 4 and -j 1" sh -c "sort bt1.err | cmp -s - bt4.err || sort bt4.err | cmp -s - \$(sort bt1.err > s1; echo s1)"
check "the large file is there" cmp -s bt4/notes_a.csv notes_big.csv.j1
# A malformed record deep in a large file: the same error, whatever -j.
python3 - <<'PY'
data = open("notes_big.csv", "rb").read()
cut = data.index(b"\r\n1", len(data) * 3 // 4) + 2
open("notes_bad.csv", "wb").write(data[:cut] + b'1;x;"never closed\r\n' + data[cut:])
PY
"$bin" export -q -j 1 -p notes.policy -k key notes_bad.csv bad1.csv 2> bad1.err
check_not "a malformed large file fails with -j 1" test $? -eq 0
"$bin" export -q -j 4 -p notes.policy -k key notes_bad.csv bad4.csv 2> bad4.err
check_not "and with -j 4" test $? -eq 0
check "with the same message (file, line)" cmp -s bad1.err bad4.err
check "no output file is left" test ! -e bad4.csv

# --provenance from several workers: one whole line per file, the same lines.
"$bin" export -q -j 1 --provenance prov1.jsonl -p notes.policy -k key bigtree pv1 2>/dev/null
"$bin" export -q -j 4 --provenance prov4.jsonl -p notes.policy -k key bigtree pv4 2>/dev/null
check "--provenance with -j 4 == -j 1 (as sets of lines)" sh -c "sort prov1.jsonl | cmp -s - \$(sort prov4.jsonl > p4s; echo p4s)"
check "--provenance with -j 4 records the chunked file" grep -q '"notes_a.csv"' prov4.jsonl

# ---- progress: on a terminal, not with -q, never on a pipe ----
progress_run() {	# FLAGS...: a slow pipe (header + 3 MB, pause, 3 MB) on a pty
	python3 -c '
import re, sys
data = open("notes_lf.csv", "rb").read()
starts = [m.start() + 1 for m in re.finditer(rb"\n1[0-9]{5};", data)]
a = next(s for s in starts if s > 3000000)
b = next(s for s in starts if s > 6000000)
open("part1", "wb").write(data[:a])
open("part2", "wb").write(data[a:b])'
	script -qec "sh -c '(cat part1; sleep 1.5; cat part2) | \"$bin\" export $* -p notes.policy -k key --as notes.csv - - > /dev/null'" /dev/null
}
progress_run -j 1 > tty.out 2>&1
check "a progress line on a terminal" grep -q 'pseudonymize: [0-9.]* MB, [0-9.]* MB/s' tty.out
progress_run -q -j 1 > ttyq.out 2>&1
check "-q: no progress line" sh -c "! grep -q 'MB/s' ttyq.out"
"$bin" export -j 2 -p "$policy" -k key "$samples" piped 2> pipe.err
check "no progress line when stderr is not a terminal" sh -c "! grep -q \"\$(printf '\\r')\" pipe.err"
finish
