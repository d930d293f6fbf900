"""checklib: the pass/fail tally shared by the Python check scripts of
tests/integration/ (check_view, check_audit, mount_checks, versions_checks).

    from checklib import check, finish
    check(ok, "what was expected")      # prints FAIL: ... when ok is false
    finish("sizes")                     # prints the tally, exits 1 on any failure
"""
import sys

_tally = {"passed": 0, "failed": 0}


def check(ok, what):
    if ok:
        _tally["passed"] += 1
    else:
        _tally["failed"] += 1
        print("FAIL:", what)


def finish(label=None):
    line = "%d passed, %d failed" % (_tally["passed"], _tally["failed"])
    print(label + ": " + line if label else line)
    sys.exit(1 if _tally["failed"] else 0)
