#!/bin/sh
# Sources that change under the mount's readers, beside test_versions.sh
# (replacements by rename, in-place rewrites behind the index):
# - a source appended to by a writer, in pieces cut anywhere (inside a
#   record, inside a quoted field holding a line break, no final newline),
#   while readers read it whole and at random offsets: each handle gives
#   whole records of one state of the file with fstat size = bytes read, or
#   EIO; never a raw name; after the writer, a fresh open reads the view
#   of the final file exactly;
# - a change after the last checkpoint that keeps size and times (a
#   shared-mmap writer) and makes the view a byte longer: EIO, never the
#   new bytes cut at the old size; the next open reads the new view whole;
# - listings while files are replaced by rename: always complete;
# - the policy edited while mounted: the view keeps the mounted policy
#   (read once, docs/operations.md) and the log says a restart applies the
#   new one; no such line while the policy is untouched.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/mountlib.sh"
cd "$work"
here="$top/tests/integration"
seconds=${SOURCE_CHANGE_SECONDS:-4}

"$bin" keygen key
python3 - <<'PY'
noms = ['DUPONTEL', 'MARTINAUD', 'BERNARDIN', 'LEFEVRIER', 'GIRARDOT']
with open('final.csv', 'w', newline='') as f:
    f.write('IPP;NOM;Sexe;Note\n')
    for i in range(6000):
        note = '"ligne un\nligne ""deux"""' if i % 7 == 0 else 'RAS'
        f.write('%d;%s;%s;%s\n' % (100000 + i, noms[i % 5], 'MF'[i % 2], note))
open('raw.txt', 'w').write(' '.join(noms))
PY
cat > policy <<'P'
[project]
name = source-changes
columns = drop
[file all]
match = *.csv
[column sexe]
headers = Sexe
op = keep
[column note]
headers = Note
op = keep
[column ipp]
headers = IPP
op = token
prefix = P-
P
"$bin" export -p policy -k key final.csv ref.csv 2>/dev/null
mkdir src src2
cp final.csv src/p.csv
i=0
while [ $i -lt 60 ]; do
	printf 'IPP;Sexe\n%d;F\n' "$i" > "src2/f$i.csv"
	i=$((i + 1))
done

opts="-o policy=$work/policy,key=$work/key,log=$work/diag.log"
check "pseudonymfs mounts" mount_view src mnt fs.log $opts || finish
check "a source appended to while read: whole records of one state, exact sizes, or EIO" \
    python3 "$here/appended_checks.py" mnt src/p.csv p.csv final.csv ref.csv raw.txt "$seconds"
check "the appended file's mount (a cut quoted field fails closed: logged)" \
    grep -q "unterminated quoted field\|fewer fields than the header" diag.log
check "unmount" unmount_view mnt fs.log

# The tail change: the last DUPONTEL row's dropped name one byte shorter,
# its kept Sexe one longer; far from the first checkpoint (the file is one
# checkpoint long), so only the end of the view can see it.
python3 - <<'PY'
old = open('final.csv', 'rb').read()[:20000]
old = old[:old.rindex(b'\n') + 1]
k = old.rindex(b'DUPONTEL;M;')
open('tail_old.csv', 'wb').write(old)
open('tail_new.csv', 'wb').write(old[:k] + b'DUPONTE;MM;' + old[k + 11:])
PY
mkdir src3
cp tail_old.csv src3/t.csv
"$bin" export -p policy -k key tail_new.csv tail_new_ref.csv 2>/dev/null
check "pseudonymfs mounts" mount_view src3 mnt3 fs3.log $opts || finish
check "a change after the last checkpoint, same size and times: EIO, then the new view whole" \
    python3 "$here/tail_change_checks.py" mnt3 src3 t.csv tail_new.csv tail_new_ref.csv
check "unmount" unmount_view mnt3 fs3.log

check "pseudonymfs mounts a directory of small files" mount_view src2 mnt2 fs2.log $opts || finish
check "listings while sources are replaced by rename: always complete" \
    python3 "$here/replaced_listing.py" mnt2 src2 "$seconds"
check "unmount" unmount_view mnt2 fs2.log

# The policy edited while mounted.
rm -f diag.log
cp final.csv src/p.csv
check "pseudonymfs mounts" mount_view src mnt fs.log $opts || finish
check "the view before the edit" cmp -s mnt/p.csv ref.csv
cat mnt/p.csv > /dev/null
check_not "no policy-change line while the policy is untouched" grep -q "file changed or went away after the mount" diag.log
sed -i 's/^op = keep$/op = drop/' policy
"$bin" export -p policy -k key final.csv ref_new.csv 2>/dev/null
check_not "the edited policy gives another view" cmp -s ref.csv ref_new.csv
# One look a second at most: open until the line comes (5 s bound).
check "an open after the edit logs that the mounted policy still applies" \
    eventually 5 sh -c 'cat mnt/p.csv > /dev/null && grep -q "the policy file changed or went away after the mount: the view still applies the policy it mounted with" diag.log'
check "and the view is still the mounted policy's" cmp -s mnt/p.csv ref.csv
check_not "the key is not said to have changed" grep -q "the key file changed" diag.log
check "unmount" unmount_view mnt fs.log
finish
