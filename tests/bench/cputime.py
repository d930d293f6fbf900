#!/usr/bin/env python3
"""cputime.py OUT CMD [ARG...]: run CMD, write its CPU time (user + sys,
seconds, to the microsecond) to OUT, exit with its status.

/usr/bin/time prints CPU time to the hundredth of a second; a benchmark that
subtracts two runs of a fraction of a second (bench_scrub.sh: the scrubbed
export minus the plain one) needs better.  os.wait4 gives the child's
rusage as the kernel keeps it."""
import os
import sys


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    pid = os.fork()
    if pid == 0:
        try:
            os.execvp(sys.argv[2], sys.argv[2:])
        finally:
            os._exit(127)
    _, status, usage = os.wait4(pid, 0)
    with open(sys.argv[1], "w") as out:
        out.write("%.6f\n" % (usage.ru_utime + usage.ru_stime))
    sys.exit(os.waitstatus_to_exitcode(status))


main()
