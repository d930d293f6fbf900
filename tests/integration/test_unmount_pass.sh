#!/bin/sh
# An unmount (or SIGTERM) while the index pass of a large file runs stops
# the pass (index_cache_cancel, from the watcher of src/fs.c): the daemon
# exits within a few seconds, with status 0, instead of when the pass would
# have ended, and leaves no mount behind.  The pass is started by a `head`
# of a fresh file (the lookup answers at once, the pass goes on after
# `head` has exited: docs/performance.md); the log shows it ran and never
# finished.  Timings are not measured here: a bound of seconds on a pass
# of seconds (about 100 MB of scrubbed free text, one index thread; the
# daemon exits within tens of milliseconds, docs/mount.md).
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/mountlib.sh"
cd "$work"
policy="$top/conf/example.policy"
"$bin" keygen key >/dev/null

# Synthetic free text (names of tests/gen's kind, dates, phones): scrubbed,
# so the pass is slow enough to be caught running.
mkdir src fp
awk -v n=60000 'BEGIN {
	split("Martin Durand Bernard Petit Robert Richard Moreau Simon Laurent Michel", nm, " ")
	print "IPP;Nom;Sexe;Date de naissance;Commentaire"
	for (i = 0; i < n; i++) {
		t = ""
		for (k = 0; k < 16; k++)
			t = t sprintf("Vu le %02d/%02d/20%02d avec Mme %s et le Dr %s, " \
			    "rappeler au 06 %02d %02d %02d %02d, douleur %d, suivi. ",
			    1 + (i + k) % 28, 1 + k % 12, 10 + i % 15, nm[1 + (i + k) % 10],
			    nm[1 + (i * 7 + k) % 10], i % 100, k * 3 % 100, (i + k) % 100,
			    i * k % 100, i * 31 + k)
		printf "%d;NOM%c;F;21/06/1947;\"%s\"\n", 100000 + i, 65 + i % 26, t
	} }' > src/patients_big.csv

opts="-o policy=$policy,key=$work/key,index_threads=1,index_log=0,first_pass=$work/fp"

# running PID: the process PID exists and has not exited (a zombie, not
# yet waited for by this shell, has).
running() {
	state=$(ps -o stat= -p "$1" 2>/dev/null) && [ "${state#Z}" = "$state" ]
}
# gone PID SECONDS: the process PID has exited within SECONDS.
gone() {
	n=0
	while running "$1"; do
		[ $n -ge $(($2 * 20)) ] && return 1
		sleep 0.05; n=$((n + 1))
	done
}
# started LOG: the pass of patients_big.csv has logged its progress (it
# runs), and not its end.
started() {
	n=0
	while ! grep -q "indexing patients_big.csv" "$1"; do
		[ $n -ge 600 ] && return 1
		sleep 0.05; n=$((n + 1))
	done
}

for how in unmount sigterm; do
	check "$how: mounts" mount_view src mnt_$how $how.log $opts || finish
	pid=$(cat $how.log.pid)
	check "$how: the first lines of a fresh file" sh -c "head -c 300 mnt_$how/patients_big.csv | grep -q '^IPP;'"
	check "$how: its pass runs" started $how.log
	if [ $how = unmount ]; then
		check "unmount: fusermount3 -u during the pass" fusermount3 -u mnt_$how
	else
		kill -TERM "$pid"
	fi
	check "$how: the daemon exits within 2 s" gone "$pid" 2
	# The pass was stopped, not finished (its end is logged with index_log=0).
	check "$how: the pass did not run to its end" sh -c "! grep -q 'indexed patients_big.csv' $how.log"
	wait "$pid"; st=$?
	check "$how: exit status 0" test "$st" -eq 0
	check "$how: the log says unmounted" has $how.log "unmounted"
	check "$how: nothing left mounted" sh -c "! mountpoint -q mnt_$how"
	check "$how: no raw value in the log" sh -c "! grep -q -e Martin -e Durand -e '06 [0-9][0-9] ' $how.log"
done
check "no kept pass bytes left" sh -c "test -z \"\$(ls -A fp)\""

check_nothing_left
finish
