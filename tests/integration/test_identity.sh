#!/bin/sh
# The patient's identity from another file (issue 10, docs/scrub.md): a lab
# table with only the IPP, whose comments name the patient, reads the
# names, birth name, phone and address of patients.csv (`[project]
# identity = patients.csv`).  Neither the mount nor the export shows them;
# both give the same bytes; replacing the identity file changes the view
# of the lab table for new opens; an identity file that cannot be read
# fails the files that depend on it (EIO, non-zero exit), never raw text.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/mountlib.sh"
cd "$work"

"$bin" keygen key
mkdir src
printf 'IPP;Nom;Prénom;Nom de naissance;Téléphone;Adresse;Ville\n' > patients1.csv
printf '40012308;KERHERVE;Maïwenn;ZABALETA;+33 6 12 34 56 78;12 bis, rue des Goélands;Plouguerneau\n' >> patients1.csv
printf '40012309;QUINIOU;Gwenaël;QUINIOU;07 98 76 54 32;3 impasse Kerbrat;Lannilis\n' >> patients1.csv
cp patients1.csv src/patients.csv
# The lab table: only the IPP.  The comments name the patient in forms no
# title or dictionary finds (no Mme, names no list holds, a phone written
# with slashes), and name someone else's patient on another row.  "kerherve
# injoignable": a bare surname in lower case that only the identity source
# says is a name (the relation and birth-name rules find the others), on a
# row of its own: in the first row's cell the name found after "Appel de"
# would find it again (scan_name_repeats).
cat > src/labos.csv <<'L'
IPP;Date;Analyse;Commentaire
40012308;12/03/2021;Créatinine;Appel de maïwenn kerherve (née zabaleta) au 06/12/34/56/78, domicile 12 bis rue des Goélands à Plouguerneau
40012308;12/03/2021;Créatinine;kerherve injoignable ce soir
40012309;13/03/2021;Kaliémie;Résultat transmis à Gwenaël QUINIOU, 3 impasse Kerbrat
40012309;14/03/2021;Kaliémie;zabaleta et kerherve ne sont pas ce patient
L
identity_policy -n -t P- identity-test labos naissance tel adresse ville date \
    analyse commentaire > policy

raw="aïwenn erherve ERHERVE abaleta ZABALETA 12/34/56/78 Goélands Plouguerneau Gwenaël QUINIOU Kerbrat"
# no_raw FILE: none of the raw identifiers (any case) in the rows of
# FILE that are the patient's (the last row names them on another's).
no_raw() {
	for w in $raw; do
		if head -n 3 "$1" | grep -qi -- "$w"; then
			echo "raw '$w' in $1"
			return 1
		fi
	done
}

check "export with the identity source" "$bin" export -q -p policy -k key src out1
check "the lab table is exported" test -s out1/labos.csv
check "no raw identifier in the exported lab table" no_raw out1/labos.csv
check "the lab values stay" has out1/labos.csv "Créatinine"
check "the address's street word stays around the placeholder" has out1/labos.csv "domicile [ADRESSE]"
check "another patient's names are kept on a row that is not theirs" \
    has out1/labos.csv "zabaleta et kerherve ne sont pas ce patient"

# Without the identity source the same comments leak (the test could fail).
sed '/^identity = /d' policy > policy_none
"$bin" export -q -p policy_none -k key src out_none
check "without identity =, the lab table keeps the names (control)" \
    has out_none/labos.csv "kerherve"

opts="-o policy=$work/policy,key=$work/key"
check "pseudonymfs mounts" mount_view src mnt fs.log $opts || finish
check "mount == export (labos)" cmp mnt/labos.csv out1/labos.csv
check "mount == export (patients)" cmp mnt/patients.csv out1/patients.csv
check "no raw identifier in the mounted lab table" no_raw mnt/labos.csv

# A new version of the identity file: new opens of the lab table see it.
exec 7<mnt/labos.csv
sed 's/KERHERVE;Maïwenn;ZABALETA/LE BIHAN;Maïwenn;ZABALETA/' patients1.csv > patients2.csv
printf '40012310;PENNEC;Yann;PENNEC;02 98 00 00 00;1 rue Neuve;Brest\n' >> patients2.csv
cp patients2.csv src/.patients.tmp && mv src/.patients.tmp src/patients.csv
check "the open handle still reads the version it opened" sh -c "cat <&7 | cmp - out1/labos.csv"
exec 7<&-
"$bin" export -q -p policy -k key src out2
check "the view of the lab table changes with the identity file" \
    sh -c "test -s out1/labos.csv && test -s out2/labos.csv && ! cmp -s out1/labos.csv out2/labos.csv"
check "kerherve, no longer the patient's name, stays" has out2/labos.csv "kerherve"
check "a new open shows the new version (== export)" cmp mnt/labos.csv out2/labos.csv
size=$(stat -c %s mnt/labos.csv)
check "stat size == bytes read" test "$size" -eq "$(wc -c < mnt/labos.csv)"

# An identity file that cannot be read: the dependent file fails (EIO),
# the others are shown.
printf 'IPP;Nom\n"40012308;KERHERVE\n' > src/.patients.tmp && mv src/.patients.tmp src/patients.csv
check_not "a lab table whose identity source cannot be parsed is not read" \
    cat mnt/labos.csv > cat.out 2> cat.err
check "... with EIO" has cat.err "Input/output error"
check "... and nothing of it" test ! -s cat.out
check "the log says why, without a value" has fs.log "identity source"
check_not "the log holds no raw value" grep -qi kerherve fs.log
# Said once for the version, not at every lookup and open of the lab table
# (two lines per cat before hostile24: a reader in a loop flooded the log).
cat mnt/labos.csv > /dev/null 2>&1; sleep 1.1; cat mnt/labos.csv > /dev/null 2>&1
check "an identity file that cannot be read: said once per version" \
    test "$(grep -c 'identity source cannot be read' fs.log)" -eq 1
check "... and every open of the lab table is in the audit (EIO)" \
    test "$(grep -c 'event=open .*path=/labos.csv .*result=EIO' fs.log.audit)" -ge 3
check_not "export fails for it" "$bin" export -q -p policy -k key src out3 2> export3.err
check "export names the file" has export3.err "labos.csv"
check_not "export shows nothing of it" test -e out3/labos.csv
rm src/patients.csv
check_not "a lab table whose identity source is missing is not read" \
    cat mnt/labos.csv > /dev/null 2>&1
cp patients2.csv src/patients.csv
check "the identity source back: the lab table is shown again" \
    cmp mnt/labos.csv out2/labos.csv

# A FIFO put in the identity file's place (hostile23): it was opened
# without O_NONBLOCK, so an open of the lab table hung in the daemon,
# holding the identity source's lock (every dependent open behind it), and
# the exporter hung for ever.  Now it is not a regular file: EIO, exit 1.
rm src/patients.csv && mkfifo src/patients.csv
# Were the daemon to block on the FIFO, the cat could not be killed (a
# FUSE request waits for its answer): a writer opens it after 8 s, again
# and again, so a hang shows as a slow answer, not a stuck test.
( for i in 1 2 3 4 5 6 7; do sleep 2
	test $i -ge 4 && timeout 1 sh -c ': > src/patients.csv' 2> /dev/null
  done ) &
releaser=$!
t0=$(date +%s)
cat mnt/labos.csv > cat.out 2> cat.err
t1=$(date +%s)
check "a FIFO as the identity file: the lab table fails at once (no hang)" \
    test $((t1 - t0)) -lt 6
check "... with EIO" has cat.err "Input/output error"
check "... and nothing of it" test ! -s cat.out
t0=$(date +%s)
"$bin" export -q -p policy -k key src out_fifo 2> export_fifo.err
status=$? t1=$(date +%s)
check "a FIFO as the identity file: export fails, without hanging" \
    test $((t1 - t0)) -lt 6 -a "$status" -ne 0
check_not "... and shows nothing of the lab table" test -e out_fifo/labos.csv
wait $releaser
rm -f src/patients.csv
cp patients2.csv src/patients.csv
check "the identity file back after the FIFO: the lab table is shown again" \
    cmp mnt/labos.csv out2/labos.csv

# Two identity versions that give the lab table bytes of the same size
# (one 8-letter birth name for another, both in a comment): the source of
# the lab table is unchanged, so only the identity's version tells the
# views apart.  A handle that read version A keeps A; a new open reads B.
printf '40012309;14/03/2021;Kaliémie;vu qzrwxvkt puis vktqzrwx\n' >> src/labos.csv
sed 's/^40012309;QUINIOU;Gwenaël;QUINIOU;/40012309;QUINIOU;Gwenaël;QZRWXVKT;/' patients2.csv > patientsA.csv
sed 's/^40012309;QUINIOU;Gwenaël;QUINIOU;/40012309;QUINIOU;Gwenaël;VKTQZRWX;/' patients2.csv > patientsB.csv
cp patientsA.csv src/.patients.tmp && mv src/.patients.tmp src/patients.csv
"$bin" export -q -p policy -k key src outA
cp patientsB.csv src/patients.csv
"$bin" export -q -p policy -k key src outB
check "A and B: the same size" test "$(wc -c < outA/labos.csv)" -eq "$(wc -c < outB/labos.csv)"
check "A and B: other bytes" sh -c "test -s outA/labos.csv && test -s outB/labos.csv && ! cmp -s outA/labos.csv outB/labos.csv"
check_not "A hides its birth name" grep -q qzrwxvkt outA/labos.csv
check_not "B hides its birth name" grep -q vktqzrwx outB/labos.csv
cp patientsA.csv src/.patients.tmp && mv src/.patients.tmp src/patients.csv
exec 7<mnt/labos.csv
check "a handle on A reads A" sh -c "cat <&7 | cmp - outA/labos.csv"
cp patientsB.csv src/.patients.tmp && mv src/.patients.tmp src/patients.csv
check "with it still open, a new open reads B" cmp mnt/labos.csv outB/labos.csv
check "and shows B's birth name nowhere" sh -c "! grep -q vktqzrwx mnt/labos.csv"
check "the handle on A still reads A from its start" python3 -c "
import os, sys
fd = 7
data = os.pread(fd, 1 << 20, 0)
sys.exit(data != open('outA/labos.csv', 'rb').read())"
exec 7<&-

# rsync's quick check (size and mtime): the view of a file that reads the
# identity source is as new as the identity file's ctime, so a copy made
# again after a new identity file gets the new bytes, even when the view
# keeps its size and the new file carries an older mtime (cp -p, rsync -a).
install_identity() {
	cp "$1" src/.patients.tmp
	touch -d '2001-01-01 00:00' src/.patients.tmp
	mv src/.patients.tmp src/patients.csv
	# The kernel keeps a name and attributes for 1 s (entry and attr
	# timeouts): a stat in that second may show the previous version.
	sleep 1.2
}
touch -d '2002-01-01 00:00' src/labos.csv
install_identity patientsA.csv
rsync -a mnt/ copy/
check "a first rsync copies A" cmp copy/labos.csv outA/labos.csv
# The view shows no source's time (inodes_time, test_times.sh), but the
# identity source's version is part of it.
mA=$(stat -c %Y mnt/labos.csv)
check "the view's mtime is neither the identity file's change nor its source's" \
    test "$mA" -ne "$(stat -c %Z src/patients.csv)" -a "$mA" -ne "$(stat -c %Y src/labos.csv)"
install_identity patientsB.csv
check "the view's mtime changes with the identity file" \
    test "$(stat -c %Y mnt/labos.csv)" -ne "$mA"
check "B: the view keeps its size" \
    test "$(stat -c %s mnt/labos.csv)" -eq "$(stat -c %s copy/labos.csv)"
rsync -a mnt/ copy/
check "rsync -a again after a new identity file copies B" \
    cmp copy/labos.csv outB/labos.csv
check_not "... and B's birth name is not in the copy" grep -q vktqzrwx copy/labos.csv
rsync -a -i mnt/ copy/ > rsync3.out
check "a third rsync with nothing changed copies nothing" test ! -s rsync3.out

check "pseudonymfs unmounts cleanly" unmount_view mnt fs.log

# With the source's times (-o source_times): the view of a file that reads
# the identity source is as new as the identity file's ctime.
check "pseudonymfs mounts with -o source_times" mount_view src mnt fs2.log $opts -o source_times || finish
check "source_times: the view's mtime is the identity file's change" \
    test "$(stat -c %Y mnt/labos.csv)" -eq "$(stat -c %Z src/patients.csv)"
check "source_times: a file that does not read it keeps its source's mtime" \
    test "$(stat -c %Y mnt/patients.csv)" -eq "$(stat -c %Y src/patients.csv)"
check "pseudonymfs unmounts cleanly (source_times)" unmount_view mnt fs2.log

# An identity file over the memory budget (hostile24): the lab table's
# lookup failed with ENOMEM, so an open never reached the daemon and left
# no audit record, and every lookup read the identity file again (a scan
# per open).  Now the lookup gives an inode that cannot be shown, the open
# is refused with ENOMEM and recorded, the file is not read again while the
# budget is as full, and the log says it once.  64 name words a row,
# 50,000 rows: 3.2 million fingerprints, 25 MB of load array over 16M.
mkdir srcbig
cp src/labos.csv srcbig/labos.csv
python3 -c "
import sys
w = ' '.join('W%02d' % i for i in range(64))
sys.stdout.write('IPP;Nom\n')
for i in range(50000):
    sys.stdout.write('%d;%s\n' % (40012308 + i, w))" > srcbig/patients.csv
check "pseudonymfs mounts with -o memory=16M" mount_view srcbig mnt fs3.log $opts -o memory=16M || finish
for i in 1 2 3; do
	cat mnt/labos.csv > cat.out 2> cat.err
	sleep 0.2
done
check "an identity file over the budget: the lab table is not read (ENOMEM)" \
    has cat.err "Cannot allocate memory"
check "... and nothing of it" test ! -s cat.out
check "... every open of it is in the audit, refused (ENOMEM)" \
    test "$(grep -c 'event=open .*path=/labos.csv .*result=ENOMEM' fs3.log.audit)" -ge 3
check "... the log says why once" \
    test "$(grep -c 'does not fit in the memory budget' fs3.log)" -eq 1
check "... the other files are shown" test -s mnt/patients.csv
# Its getxattr gave a bare ENOMEM (hostile24's leftover): the fixed text.
python3 -c "import os, sys; sys.stdout.buffer.write(os.getxattr('mnt/labos.csv', 'user.pseudonymfs.error'))" > xattr.out 2> xattr.err
check "... its user.pseudonymfs.error says why, in a fixed text" \
    has xattr.out "does not fit in the memory budget"
check "... its attributes are listed, the error with them" \
    python3 -c "import os, sys; sys.exit('user.pseudonymfs.error' not in os.listxattr('mnt/labos.csv'))"
check "pseudonymfs unmounts cleanly (memory=16M)" unmount_view mnt fs3.log
check_nothing_left

# Policy errors.
sed 's/^identity = .*/identity = ..\/patients.csv/' policy > policy_bad1
check_not "identity = a path outside the root is refused" \
    "$bin" export -q -p policy_bad1 -k key src out4
sed 's/^identity = .*/identity = nomatch.csv/' policy > policy_bad2
check_not "identity = a path no rule matches is refused" \
    "$bin" export -q -p policy_bad2 -k key src out5
finish
