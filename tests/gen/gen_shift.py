#!/usr/bin/env python3
"""Two versions of one export with the same size, the second shifted left
by the width of the first two fields (tests/integration/test_versions.sh,
issue 9 section 3).

gen_shift.py OLD NEW ROWS

Rows are "S;IIIIIII;NIR;DDN;comment" with fixed-width sex and IPP.  NEW
takes 10 bytes from the first row's comment and gives them to the last
row's, so every row in between moves 10 bytes left: an offset that starts a
record in OLD starts that record's NIR field in NEW, and a read restarting
there would parse the NIR as the first (kept) column.
Synthetic values: NIR 1840275NNNNNN, birth dates in March 1984.
"""
import sys

SHIFT = len("M;1000000;")


def row(i, comment):
    return "%s;%07d;1840275%06d;%02d/03/1984;%s\n" % (
        "MF"[i % 2], 1000000 + i, i, 1 + i % 28, comment)


def main():
    old_path, new_path, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    head = "Sexe;IPP;NIR;DDN;Commentaire\n"
    comments = ["note" + "abcdefghij"[: 3 + i % 7] for i in range(n)]
    comments[0] = "note" + "z" * (2 * SHIFT)
    old = head + "".join(row(i, c) for i, c in enumerate(comments))
    comments[0] = comments[0][:-SHIFT]
    comments[-1] += "y" * SHIFT
    new = head + "".join(row(i, c) for i, c in enumerate(comments))
    assert len(new) == len(old)
    with open(old_path, "w") as f:
        f.write(old)
    with open(new_path, "w") as f:
        f.write(new)


main()
