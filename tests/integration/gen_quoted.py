#!/usr/bin/env python3
"""A synthetic notes export whose free text holds quoted line feeds, doubled
quotes and delimiters, CRLF line ends: the records a line-based cut would
split.  Deterministic (seeded); every value invented.

    gen_quoted.py OUT SIZE_MB [--lf]
"""
import random
import sys


def main():
    out, size_mb = sys.argv[1], float(sys.argv[2])
    eol = "\n" if "--lf" in sys.argv[3:] else "\r\n"
    rnd = random.Random(7)
    words = ["douleur", "suivi", "bilan", "contrôle", "à revoir", "RAS",
             "fièvre", "traitement", "\"noté\"", "avis; cardio", "J+3"]
    limit = int(size_mb * 1e6)
    n = 0
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write("IPP;Date;Commentaire;Service" + eol)
        size = 0
        while size < limit:
            n += 1
            lines = [" ".join(rnd.choice(words) for _ in range(rnd.randint(1, 8)))
                     for _ in range(rnd.randint(1, 4))]
            text = eol.join(lines) if rnd.random() < 0.5 else "\n".join(lines)
            cell = '"' + text.replace('"', '""') + '"'
            if rnd.random() < 0.2 and '"' not in text and ";" not in text \
                    and "\n" not in text:
                cell = text
            rec = "%d;2024-%02d-%02d;%s;%s%s" % (
                100000 + rnd.randint(0, 99999), rnd.randint(1, 12),
                rnd.randint(1, 28), cell, rnd.choice(["CARDIO", '"URG"', ""]),
                eol)
            f.write(rec)
            size += len(rec.encode("utf-8"))


if __name__ == "__main__":
    main()
