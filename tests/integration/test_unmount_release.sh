#!/bin/sh
# A file or directory closed just before the unmount: the kernel sends its
# RELEASE in the background, and the unmount aborts the connection with
# every request the daemon has not read yet, so that release may never
# reach the daemon.  Under load that happened between a test's last read
# and its `fusermount3 -u`: each such handle (its read buffers, its source
# descriptor) was never freed, and the sanitizer build of the daemon ended
# with LeakSanitizer's abort at exit (status 134).  Here the daemon is
# stopped (SIGSTOP) before the closes and continued after the unmount, so
# the releases are always dropped: the daemon must close what is left
# itself, say so in its log (counts only) and exit 0.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/mountlib.sh"
cd "$work"
"$bin" keygen key >/dev/null

mkdir -p src/labo
printf 'IPP;Sexe\n1001;M\n1002;F\n' > src/patients.csv
printf 'IPP;Analyse\n1001;INR\n' > src/labo/resultats.csv
cat > policy <<'P'
[project]
name = unmount-release

[file top]
match = *.csv

[file labo]
match = labo/*.csv

[dir labo]
match = labo

[column ipp]
headers = IPP
op = token

[column keep]
headers = Sexe, Analyse
op = keep
P

check "pseudonymfs mounts" mount_view src mnt fs.log \
    -o "policy=$work/policy,key=$work/key,audit=$work/audit.log" || finish
pid=$(cat fs.log.pid)

# The first close of the mount sends FLUSH, which the daemon does not
# implement: the kernel learns it and sends none after.  A FLUSH to a
# stopped daemon would hold the close, and the unmount would be EBUSY.
python3 - "$pid" mnt > stop.out 2>&1 <<'E'
import glob, os, signal, subprocess, sys, time
pid, mnt = int(sys.argv[1]), sys.argv[2]

def stopped():
    # SIGSTOP is asynchronous: a worker thread not yet stopped could
    # still read a release; every thread must be in state T.
    for st in glob.glob("/proc/%d/task/*/stat" % pid):
        try:
            with open(st) as s:
                if s.read().rsplit(")", 1)[1].split()[0] != "T":
                    return False
        except FileNotFoundError:
            pass
    return True

with open(mnt + "/patients.csv", "rb") as f:
    f.read()
f = open(mnt + "/patients.csv", "rb")
f.read()
d = os.open(mnt + "/labo", os.O_RDONLY | os.O_DIRECTORY)
os.listdir(d)
os.kill(pid, signal.SIGSTOP)
try:
    for i in range(100):
        if stopped():
            break
        time.sleep(0.05)
    else:
        sys.exit("the daemon did not stop within 5 s")
    f.close()
    os.close(d)
    r = subprocess.run(["fusermount3", "-u", mnt]).returncode
finally:
    os.kill(pid, signal.SIGCONT)
sys.exit(r)
E
r=$?
check "the view unmounts with a file and a directory open until just before" \
    test $r -eq 0
[ $r -eq 0 ] || cat stop.out
wait "$pid"
status=$?
check "the daemon exits 0 (no leak of the dropped handles)" test "$status" -eq 0
[ "$status" -eq 0 ] || { echo "pseudonymfs exited with status $status; its log:"; cat fs.log; }
check "the log says it closed one file and one directory handle itself" \
    has fs.log "closed at the end of the session: 1 file and 1 directory handles the kernel had not released"
check "with a file closed before the stop, none is counted twice" \
    sh -c "! grep -q 'closed at the end of the session: [02-9]' fs.log"
check "the audit chain verifies" "$bin" audit-verify audit.log
check_nothing_left
finish
