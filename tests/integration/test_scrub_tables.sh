#!/bin/sh
# The scrub's tables (the sensitive lexicon, the cue table, the dictionary
# of names and words) that cannot be built: the exporter, check and the
# daemon refuse to start and say which table failed, never a raw value;
# before, every scrubbed cell failed with ENOMEM once started (ops34).  The
# failures are injected with PSEUDONYMFS_TEST_FAULT (src/util.c), as a
# missing memory or two cue words of one hash would make them.  The folded
# name lists every file name is judged with (names.c) too: the exporter and
# the daemon refuse to start naming them, whatever the policy (ops35).
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/mountlib.sh"
cd "$work"
T="timeout 60"

"$bin" keygen key > /dev/null
mkdir src
printf 'IPP;Nom;Commentaire\n1;RAWNOMA;appeler RAWNOMA au 06 12 34 56 78\n2;RAWNOMB;vu Mme RAWNOMB\n' > src/notes.csv
{ printf '[project]\nname = tables\npatient = ipp\n\n[file n]\nmatch = *.csv\n\n'
policy_columns ipp nom
printf '[column commentaire]\nheaders = Commentaire\nop = scrub\n'
} > scrub.policy
# a policy that scrubs nothing and asks no lexicon: the tables are not
# needed by the exporter nor by the mount
{ printf '[project]\nname = tables\npatient = ipp\n\n[file n]\nmatch = *.csv\n\n'
policy_columns ipp nom
printf '[column commentaire]\nheaders = Commentaire\nop = drop\n'
} > plain.policy
noraw() { ! grep -qa -e RAWNOM -e '06 12 34' "$@"; }

# ---- no fault: all three start ----
"$bin" export -q -p scrub.policy -k key src ref > /dev/null 2> ref.err
check "no fault: the export succeeds" test -s ref/notes.csv
check "no fault: the view has no raw value" noraw ref/notes.csv

for fault in lexicon cue dictionary; do
	case $fault in
	lexicon) says="the sensitive lexicon" ;;
	cue) says="the cue table: the cue words" ;;
	dictionary) says="the scrub's dictionary" ;;
	esac
	export PSEUDONYMFS_TEST_FAULT=$fault
	$T "$bin" export -q -p scrub.policy -k key src out.$fault > out.$fault.log 2> export.$fault.err
	check "$fault: the exporter refuses (exit 1)" test $? -eq 1
	check "$fault: ... names the table" has export.$fault.err "$says"
	check "$fault: ... says it did not start" has export.$fault.err "not started"
	check "$fault: ... writes nothing" test ! -e out.$fault/notes.csv
	check "$fault: ... no raw value in its messages" noraw export.$fault.err out.$fault.log
	$T "$bin" check -q -p scrub.policy -k key src > check.$fault.out 2> check.$fault.err
	check "$fault: check refuses (exit 1)" test $? -eq 1
	check "$fault: ... names the table" has check.$fault.err "$says"
	check "$fault: ... no report, no raw value" sh -c "! test -s check.$fault.out && ! grep -qa RAWNOM check.$fault.err"
	# check reads kept cells with the detectors: it refuses under any policy
	$T "$bin" check -q -p plain.policy src > /dev/null 2> check2.$fault.err
	check "$fault: check refuses under a policy without scrub too" test $? -eq 1
	mkdir -p mnt.$fault
	$T "$fsbin" -f -o "policy=$work/scrub.policy,key=$work/key,audit=$work/audit.$fault" src mnt.$fault 2> fs.$fault.err
	check "$fault: pseudonymfs refuses to mount (exit non-zero)" test $? -ne 0
	check "$fault: ... nothing mounted" sh -c "! mountpoint -q mnt.$fault"
	check "$fault: ... names the table" has fs.$fault.err "$says"
	check "$fault: ... no raw value in its messages" noraw fs.$fault.err
	check "$fault: ... no audit trail opened" test ! -e audit.$fault
	unset PSEUDONYMFS_TEST_FAULT
done

# The name lists check's kept scan reads (names.c): check refuses at start,
# naming them.
PSEUDONYMFS_TEST_FAULT=names "$bin" check -q -p plain.policy -k key src > names.out 2> names.err
check "names: check refuses (exit 1)" test $? -eq 1
check "names: ... names the lists" has names.err "the name lists could not be built"
check "names: ... no report, no raw value" sh -c "! test -s names.out && ! grep -qa RAWNOM names.err"

# The folded name lists the mount and the exporter judge every file name
# with (names_sign): built at their start, whatever the policy, and a
# failure refuses it naming the lists and the errno (ops35); before, both
# started and every file failed (ENOMEM: nothing exported or shown, the
# cause nowhere).
for pol in scrub plain; do
	PSEUDONYMFS_TEST_FAULT=names $T "$bin" export -q -p $pol.policy -k key src names.$pol > names.$pol.log 2> names.$pol.err
	check "names, $pol policy: the exporter refuses (exit 1)" test $? -eq 1
	check "names, $pol policy: ... names the lists and the errno" has names.$pol.err "the file-name lists could not be built: the folded name lists (conf/lists, conf/detect: first and last names, Dicollecte's first names) (Cannot allocate memory)"
	check "names, $pol policy: ... says it did not start" has names.$pol.err "not started"
	check "names, $pol policy: ... writes nothing" test ! -e names.$pol/notes.csv
	check "names, $pol policy: ... no raw value in its messages" noraw names.$pol.err names.$pol.log
	mkdir -p mnt.names.$pol
	mounts="$mounts mnt.names.$pol"	# unmounted in the trap if it mounted
	PSEUDONYMFS_TEST_FAULT=names $T "$fsbin" -f -o "policy=$work/$pol.policy,key=$work/key,audit=$work/audit.names.$pol" src mnt.names.$pol 2> fs.names.$pol.err
	check "names, $pol policy: pseudonymfs refuses to mount (exit non-zero)" test $? -ne 0
	check "names, $pol policy: ... nothing mounted" sh -c "! mountpoint -q mnt.names.$pol"
	check "names, $pol policy: ... names the lists" has fs.names.$pol.err "pseudonymfs: the file-name lists could not be built: the folded name lists"
	check "names, $pol policy: ... no raw value in its messages" noraw fs.names.$pol.err
	check "names, $pol policy: ... no audit trail opened" test ! -e audit.names.$pol
done

# A policy that needs no table starts under the fault: nothing refused
# for what it does not use.
PSEUDONYMFS_TEST_FAULT=cue "$bin" export -q -p plain.policy -k key src plain > /dev/null 2> plain.err
check "no scrub column: the exporter starts under the fault" test -s plain/notes.csv
check "no scrub column: no raw value" noraw plain/notes.csv
PSEUDONYMFS_TEST_FAULT=cue mount_view src mnt.plain fs.plain.log \
    -o "policy=$work/plain.policy,key=$work/key,audit=$work/audit.plain"
check "no scrub column: the mount starts under the fault" test -f mnt.plain/notes.csv
check "no scrub column: the view equals the export" cmp -s mnt.plain/notes.csv plain/notes.csv
check "it unmounts" unmount_view mnt.plain fs.plain.log
# An unknown fault name is no fault: the scrub works.
PSEUDONYMFS_TEST_FAULT=cuex,lexico "$bin" export -q -p scrub.policy -k key src other > /dev/null 2> other.err
check "an unknown fault name changes nothing" cmp -s other/notes.csv ref/notes.csv
check_nothing_left
finish
