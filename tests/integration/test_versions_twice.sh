#!/bin/sh
# A source changed twice within one open (hostile26; docs/mount.md, "One
# version per handle"), on a real mount: replaced by rename twice while a
# handle of each version is open; replaced by rename and its old bytes
# rewritten in place through another name (a backup's hard link) with
# size and mtime kept; rewritten in place twice, the mtime set back.  A
# read returns bytes of the version its handle opened, or EIO, never a
# byte of the second or third version (tests/integration/twice_checks.py).
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/mountlib.sh"
cd "$work"
checks="$top/tests/integration/twice_checks.py"
gen="$top/tests/gen/gen_exports.py"

"$bin" keygen key
mkdir src v backup
# Three versions larger than the kernel reads ahead (several checkpoints).
python3 "$gen" --bench-patients v/p1.csv --size-mb 2 --seed 11
python3 "$gen" --bench-patients v/p2.csv --size-mb 3 --seed 12
python3 "$gen" --bench-patients v/p3.csv --size-mb 1 --seed 13
# The in-place rewrites (twice_checks.py changed_copy) change the digits
# of one record in the middle of the file, one for one.
cp v/p1.csv src/patients.csv
{ printf '[project]\nname = twice\ncolumns = drop\n[file all]\nmatch = *.csv\n\n'
  policy_columns ipp nom sexe naissance
  printf '[column nir]\nheaders = NIR\nop = nir\noutput = nir\n'; } > policy
for n in 1 2 3; do
	"$bin" export -p policy -k key --as patients.csv v/p$n.csv ref$n.csv
done

# Twice: as mounted by default, where a first pass keeps the view bytes
# for its first opener's reads (-o first_pass, docs/mount.md), and with
# first_pass=off, where every read the page cache does not answer goes
# back to the source.
for fp in default off; do
	o="policy=$work/policy,key=$work/key"
	[ "$fp" = off ] && o="$o,first_pass=off"
	check "pseudonymfs mounts (first_pass $fp)" mount_view src mnt-$fp fs-$fp.log -o "$o" || finish
	check "first_pass $fp: replaced by rename twice: each handle its own version, a new open the third" \
	    python3 "$checks" renames mnt-$fp src patients.csv v/p1.csv v/p2.csv v/p3.csv ref1.csv ref2.csv ref3.csv
	check "first_pass $fp: replaced by rename, the old bytes rewritten in place through a hard link: its version or EIO" \
	    python3 "$checks" linked mnt-$fp src patients.csv v/p1.csv backup ref1.csv
	check "first_pass $fp: rewritten in place twice, the mtime set back: its version or EIO" \
	    python3 "$checks" inplace mnt-$fp src patients.csv v/p1.csv ref1.csv
	check "first_pass $fp: pseudonymfs unmounts cleanly" unmount_view mnt-$fp fs-$fp.log
done
check "first_pass off: the log says to reopen" has fs-off.log "patients.csv: the source changed while open; reopen"
check_nothing_left
finish
