#!/usr/bin/env python3
"""Hunt for cells that the detectors scrub in more than linear time.

Issue 10's "Linear time": a cell's scrubbing must be linear in its size
(each slow cell holds a daemon worker).  tests/unit/test_linear_time* guard
the shapes already known; this builds cells of many other short units
repeated (capitals, initials, digits in groups, titles, particles, names,
streets, dates, separators, line breaks, brackets, quotes, sensitive terms,
English words, pieces of mails and web addresses...) at two sizes, with
and without the row's values, through scrub_spans -t 1 (the detectors'
own time, not the program's start), and flags every unit whose time grows
more than `--ratio` times when the cell grows four times (linear: 4;
quadratic: 16; the default 10 is linear.h's assert_linear), measured again
and, where it does, from four to sixteen times as well (the first step
may cross a cache's size alone).  With --pairs, units of two pieces
each (--triples N: N of three, drawn at random); with --recall, in scrub
mode = recall (scrub_spans -r).  With --batch N, through detect_run_many
as the export does (SCRUB_SPANS_BATCH=N).  Exit status 1 if any unit is
flagged.

    nice python3 tests/bench/linear_hunt.py build/tests/scrub_spans
    nice python3 tests/bench/linear_hunt.py build/tests/scrub_spans --pairs
    make linear-hunt            (both paths; not part of make test)

Synthetic text only.  docs/scrub.md, "Linear time, twenty-fifth pass".
"""
import argparse
import os
import random
import re
import subprocess
import sys

# The row's values (a made-up patient), as the seven fields of scrub_spans.
ROW = ["DUPONT", "Marie", "2850275123456", "0612345678",
       "marie.dupont@gmail.com", "12 rue de la Paix, 75002 Paris",
       "12345678"]

# Short units, each repeated to fill a cell.  "\n" is a line break.
UNITS = [
    # capitals alone, spaced or joined by marks
    "A ", "A B C D ", "A. ", "A.B. ", "A-B ", "A-", "A/B ", "A_B ", "A/",
    "A_", "A.-B. ", "AB ", "ABC DEF ", "A.B.C.D. ", "V I H ", "V-I-H ",
    "A, ", "A; ", "A: ", "A | ", "(A) ", "[A] ", "A\n", "A.\n",
    # digits
    "1 ", "12 ", "12 34 ", "1234 ", "12 34 56 78 90 ", "06 12 ", "1.2 ",
    "1,2 ", "1-2 ", "1/2 ", "12/03 ", "12/03/2024 ", "2024-03-12 ",
    "12.03.24 ", "1er ", "123456789 ", "1 2 3 4 5 6 7 8 9 ", "+33 6 ",
    "(1) ", "1) ", "n\u00b0 1 ", "N\u00b0 12 34 ", "1\n", "12:30 ",
    "12h30 ", "1 an ",
    # titles, particles, names
    "Mme ", "Dr ", "M. ", "Pr ", "Mme A ", "Dr A ", "Mme Dupont ",
    "de la ", "de ", "du ", "Le ", "La ", "Van ", "de La A ",
    "Marie ", "Jean-Pierre ", "Marie Dupont ", "DUPONT ", "DUPONT Marie ",
    "Dupont, ", "Marie et ", "Martin Martin ", "MARIE ", "Thi ",
    "Pigeon ", "Vigneron ", "Mme Pigeon ", "M. et Mme ", "sa fille ",
    "son fils Marie ", "Mme de la A ", "Dr A-B ", "A. Dupont ",
    # streets, places, dates
    "rue ", "12 rue ", "12 rue de la Paix ", "rue A ", "bd ",
    "avenue du ", "75002 ", "75002 Paris ", "Paris ", "\u00e0 Paris ",
    "CHU de ", "le 12 mars ", "mars ", "12 mars 2024 ", "lundi ",
    "du 1 au ", "n\u00e9 le ", "ch. 1 ", "b\u00e2t A ", "BP 1 ",
    # separators, brackets, quotes, apostrophes, case
    ": ", "| ", "; ", ", ", ". ", "- ", "-- ", "/ ", "\n", "\n\n",
    " \n", "( ", ") ", "(", ")", "[(", "\"A\" ", "\u00ab A \u00bb ",
    "' ", "l'A ", "d'A ", "A'B ", "\u2019 ", "aB ", "Ab ", "aBc ",
    "A: B ", "A : B\n", "- A : ", "| A | ", "A | B | ", "* ",
    # sensitive terms, medical words
    "VIH ", "VIH+ ", "s\u00e9ropositif ", "IVG ", "I.V.G. ", "HIV ",
    "d\u00e9pression ", "schizophr\u00e9nie ", "enceinte ", "F32 ",
    "TA 12/8 ", "INR 2,3 ", "EVA 3 ",
    # English function words
    "the ", "of the ", "and ", "to ", "is a ", "The A ", "Mr ",
    "Mrs A ", "seen by ",
    # mails and web addresses
    "@ ", "a@ ", "a@b ", "a@b.fr ", "a.b@ ", ".fr ", "www. ",
    "http:// ", "https://a.fr/ ", "a.b.c ", "a-b.c ", "<a@b.fr> ",
    "?a=", "&a=", "<a>", "</a>", "# ", "@A ",
    # more mixtures
    "A B ", "A.B ", "M. A ", "Dr. ", "Mlle ", "Monsieur ", "Madame A ",
    "Mme A B C D ", "Mme A. B. ", "A1 ", "1A ", "A-1 ", "1-A ", "12-34 ",
    "Dupont-Martin ", "de la A de la ", "A et B ", "A ou B ", "et ",
    "le ", "n\u00e9 ", "T\u00e9l ", "t\u00e9l : 06 ", "IPP ", "IPP 1 ",
    "NIR ", "NIR 1 ", "Mme Dupont Marie\n", "12 rue A, 75002 B\n",
    "vit \u00e0 ", "chez ", "avec ", "M ", "Mme\n", "A\nB\n",
    "- A\n", "1. A\n", "A :\n", "Date : ", "Nom : ", "Nom : A\n",
    "Pr\u00e9nom : A ", "| Nom | ", "A, B, C, ", "(A, B) ", "A (B) ",
    "\"A ", "A\" ", "'A' ", "l' ", "d'", "O'A ", "\u00c9 ", "\u00c9. ",
    "\u00e9 ", "A\u00e9 ", "a b c d ", "a. ", "a.b. ",
    # no separator: one long word, or marks alone
    "A", "1", "a", "\u00e9", ".", "-", "/", "_", "'", ":", "@", "1.",
    "1-", "1/", "A.", "Ab", "A1", "\"", " ", "(A ",
    "\u00ab ", "-A ", "A.B.C ", "Mme A-B-C-D ", "1234567890123 ", "1 2 ",
    "m.", "M.",
    # titles in both cases, with and without their dot, repeated; names in
    # lower case; titles and names one a line; subject lines (linear26)
    "m. ", "m. m. ", "M. M. ", "M ", "m ", "mme ", "Mme Mme ", "MME ",
    "Dr. Dr. ", "dr ", "dr. ", "Pr. ", "pr. ", "pr ", "mr ", "mr. ",
    "Mlle Mlle ", "m. p. ", "mme m. ", "m. dupont ", "mme marie dupont ",
    "marie ", "dupont ", "marie dupont ", "jean-pierre ", "pigeon ",
    "de la dupont ", "son fils m. ", "m.\n", "mme\n", "Dr\n", "M.\n",
    "m.\ndupont\n", "Mme\nDupont\n", "Dupont\n", "marie\n",
    "Marie\nDupont\n", "Objet : ", "objet : ", "Objet : A\n",
    "Objet : Mme Dupont\n", "Objet : m. ", "OBJET : ", "Objet: ",
    # the second half of the twenty-seventh pass (review29b): dictated
    # spellings (each one searched the comment for its name: quadratic
    # until review29b), sign-offs, variant spellings, booking codes,
    # insurers' numbers, "33 6", cells of a pasted row, shelter beds
    "A comme Al, B comme Bo, C comme Ci. ", "D comme Denis ",
    "Merci, Ann\n", "Ann \u00bb ", "\u00e9crit aussi Ann ",
    "sign\u00e9 marie ", "sms de marie : ", "code ISM-5531 ", "code ",
    "MGEN 0118472951 ", "MGEN ", "33 6 12 34 56 78 ", "33 ",
    "37000 ; TOURS ", "TOURS ; 37000 ", "DUPONT / Marie / ",
    "CHRS Les Lilas, lit 3 ", "lit 3 ", "Mbemba Exauc\u00e9, 7 ans ",
    "appt 12 du b\u00e2timent B ",
]

# With --pairs: every unit made of two of these, in both orders (a rule
# that starts at one shape and looks for another past it).
PIECES = [
    "A ", "A. ", "A-", "AB ", "Ab ", "ab ", "1 ", "12/03 ", "06 12 ",
    "Mme ", "Dr ", "de la ", "Marie ", "DUPONT ", "Pigeon ", "rue ",
    "75002 ", "le ", "et ", ", ", ": ", "| ", "; ", ". ", "\n", "(", ") ",
    "\"", "'", "VIH ", "the ", "@", "a.b ", "IPP ", "n\u00b0 ", "- ",    "m. ", "mme ", "dupont ", "Objet : ",
]


def cell(unit, size):
    n = max(1, size // len(unit.encode()))
    return unit * n


def line(text, row):
    esc = text.replace("\\", "\\\\").replace("\n", "\\n")
    esc = esc.replace("\t", " ")
    fields = ROW if row else [""] * 7
    return "\t".join(fields) + "\t" + esc + "\t\n"


def unescape(u):
    """A --unit as written on a command line: \\n, \\t and \\uXXXX."""
    return re.sub(r"\\(n|t|u[0-9a-fA-F]{4})", lambda m: "\n" if
                  m.group(1) == "n" else "\t" if m.group(1) == "t" else
                  chr(int(m.group(1)[1:], 16)), u)


NS = re.compile(r"([0-9.]+) ns/comment")


RECALL = []


def measure(prog, text, row, batch, tries):
    """The fastest of `tries` runs: the detectors' seconds over the cell."""
    env = dict(os.environ, SCRUB_SPANS_UNESCAPE="1")
    env.pop("SCRUB_SPANS_BATCH", None)
    if batch:
        env["SCRUB_SPANS_BATCH"] = str(batch)
    data = line(text, row).encode()
    best = None
    for _ in range(tries):
        out = subprocess.run([prog] + RECALL + ["-t", "1"], input=data,
                             env=env,
                             capture_output=True, check=True).stdout
        m = NS.search(out.decode())
        t = float(m.group(1)) / 1e9
        best = t if best is None else min(best, t)
    return best


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("prog", help="build/tests/scrub_spans")
    ap.add_argument("--size", type=int, default=64 * 1024,
                    help="the small cell's bytes (the large: 4 times)")
    ap.add_argument("--ratio", type=float, default=10.0,
                    help="flag a unit whose time grows more (4: linear)")
    ap.add_argument("--batch", type=int, default=0,
                    help="SCRUB_SPANS_BATCH (0: detect_run)")
    ap.add_argument("--slow", type=float, default=2.0,
                    help="seconds of the small cell past which the large "
                    "is not run (flagged as slow)")
    ap.add_argument("--only", default=None,
                    help="a regular expression: only the units it finds")
    ap.add_argument("--recall", action="store_true",
                    help="recall first (scrub_spans -r: scrub mode = recall)")
    ap.add_argument("--pairs", action="store_true",
                    help="units of two PIECES each instead of UNITS")
    ap.add_argument("--triples", type=int, default=0,
                    help="that many units of three PIECES each, drawn at "
                    "random (--seed)")
    ap.add_argument("--seed", type=int, default=25)
    ap.add_argument("--unit", action="append", default=[],
                    help="a unit to try (repeatable; replaces the list)")
    args = ap.parse_args()
    if args.recall:
        RECALL.append("-r")

    units = [unescape(u) for u in args.unit] if args.unit else UNITS
    if args.pairs:
        units = [a + b for a in PIECES for b in PIECES if a != b]
    if args.triples:
        rng = random.Random(args.seed)
        units = ["".join(rng.sample(PIECES, 3)) for _ in
                 range(args.triples)]
    if args.only:
        units = [u for u in units if re.search(args.only, u)]
    flagged = []
    for u in units:
        for row in (True, False):
            t1 = measure(args.prog, cell(u, args.size), row, args.batch, 1)
            if t1 > args.slow:
                ratio, t4 = float("inf"), float("nan")
            else:
                t4 = measure(args.prog, cell(u, 4 * args.size), row,
                             args.batch, 1)
                # a short time is mostly noise: the ratio of at least 2 ms
                ratio = t4 / max(t1, 0.002)
                if ratio > args.ratio:
                    # measured again: another session's load only adds
                    t1 = min(t1, measure(args.prog, cell(u, args.size),
                                         row, args.batch, 3))
                    t4 = min(t4, measure(args.prog, cell(u, 4 * args.size),
                                         row, args.batch, 3))
                    ratio = t4 / max(t1, 0.002)
                if ratio > args.ratio and t4 <= args.slow:
                    # and from four to sixteen times: where the step from
                    # the small cell crosses a cache's size or the
                    # scratch's first growth, the next step is linear
                    # again; a quadratic rule grows sixteen times at each
                    t16 = measure(args.prog, cell(u, 16 * args.size), row,
                                  args.batch, 2)
                    ratio = min(ratio, t16 / max(t4, 0.002))
            tag = "FLAG" if ratio > args.ratio else "ok"
            print("%-4s %7.1f  %8.4f s  %8.4f s  %s  %r" % (
                tag, ratio, t1, t4, "row" if row else "   ", u), flush=True)
            if ratio > args.ratio:
                flagged.append((u, row, ratio))
    print("%d units x 2, %d flagged (ratio > %g, batch %d%s)" % (
        len(units), len(flagged), args.ratio, args.batch,
        ", recall" if args.recall else ""))
    for u, row, ratio in flagged:
        print("  %r %s: %.1f" % (u, "row" if row else "no row", ratio))
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main())
