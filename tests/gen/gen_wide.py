#!/usr/bin/env python3
"""A ';' export whose header is wider than the sniffer's first window
(tests/integration/test_wide_header.sh, issue 9 section 2).

gen_wide.py OUT NCOLS CELLWIDTH ROWS

Columns: IPP, Nom, NIR, then NCOLS - 3 filler columns whose header cells are
CELLWIDTH bytes.  The identifying cells are fixed, synthetic and easy to
look for: IPP 77NNNNN, Nom ZORGLUBIEN, NIR 18402751234NN.  No cell holds a
',' '|' or TAB, so a wrong guess of the delimiter makes each row one field.
"""
import sys


def main():
    out, ncols, width, rows = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    with open(out, "w") as f:
        head = ["IPP", "Nom", "NIR"] + [("c%d" % i).ljust(width, "x") for i in range(3, ncols)]
        f.write(";".join(head) + "\n")
        filler = ";".join(["v"] * (ncols - 3))
        for r in range(rows):
            f.write("77%05d;ZORGLUBIEN;18402751234%02d;%s\n" % (31942 + r, r, filler))


main()
