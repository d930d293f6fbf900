"""gen_repeat_rows.py: the bench corpus with each patient on rows after rows.

    python3 tests/bench/gen_repeat_rows.py CORPUS.tsv OUT.tsv [SEED]

A real export repeats a patient's row values (IPP, names, NIR, address ...)
over many consecutive rows: a table of stays, of lab results, of notes.
The corpus of tests/scrub/gen_corpus.py has a new patient on every row.
This keeps its comments, in order, and gives them to patients in runs: a
patient's row values on k consecutive rows, k drawn from 1 to 20 (seeded:
the same file every time), each with a different comment.  A comment
written for another row names that row's patient: its values (email,
address, NIR, phone, IPP, then the surname and first name as written in
the row, in capitals, capitalized and in lower case) are replaced by
the run's patient's, so the comment is about the patient of its row.
The labels column is left empty (the spans moved); every value is
invented, as the corpus's.  Used by bench_scrub.sh (REPEAT=1) and for
the instruction counts of the row values' cache (docs/performance.md,
speed25b).
"""
import random
import sys


def forms(a, b):
    """(a, b) as the comments write a: as in the row, in capitals,
    capitalized, in lower case; each form of a once."""
    out, seen = [], set()
    for f in (lambda v: v, str.upper, str.title, str.lower):
        if f(a) not in seen:
            seen.add(f(a))
            out.append((f(a), f(b)))
    return out


def retarget(text, src, dst):
    """text written for row src, about the patient of row dst."""
    if src[:7] == dst[:7]:
        return text
    # email, address, NIR, phone, IPP whole first (an email holds the
    # names), then the names
    for col in (4, 5, 2, 3, 6, 0, 1):
        a, b = src[col], dst[col]
        if not a or a == b:
            continue
        for fa, fb in forms(a, b):
            text = text.replace(fa, fb)
    return text


def main(argv):
    src, dst = argv[1], argv[2]
    seed = int(argv[3]) if len(argv) > 3 else 7
    rng = random.Random(seed)
    rows = [l.rstrip("\n").split("\t") for l in open(src, encoding="utf-8")]
    out = open(dst, "w", encoding="utf-8")
    i, p = 0, 0
    while i < len(rows):
        k = rng.randint(1, 20)
        patient = rows[p]
        for j in range(i, min(i + k, len(rows))):
            text = retarget(rows[j][7], rows[j], patient)
            out.write("\t".join(patient[:7] + [text, ""]) + "\n")
        i += k
        p = i
    out.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
