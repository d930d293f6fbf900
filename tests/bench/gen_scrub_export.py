"""gen_scrub_export.py: the benchmark export of free text for scrub.

    python3 tests/bench/gen_scrub_export.py CORPUS.tsv OUT.csv SIZE_MB

The labeled corpus of tests/scrub/gen_corpus.py (every value invented)
repeated up to SIZE_MB: its row values (Nom, Prénom, NIR, Téléphone, Email,
Adresse, IPP), a consultation date and the comment, ';', UTF-8, CRLF.
Writes the number of comment bytes to OUT.csv.text.  Used by
bench_scrub.sh and bench_scrub_scale.sh.
"""
import csv
import sys


def main(argv):
    src, dst, mb = argv[1], argv[2], float(argv[3])
    rows = [l.rstrip("\n").split("\t") for l in open(src, encoding="utf-8")]
    out = open(dst, "w", encoding="utf-8", newline="")
    w = csv.writer(out, delimiter=";", lineterminator="\r\n")
    w.writerow(["Nom", "Prénom", "NIR", "Téléphone", "Email", "Adresse",
        "IPP", "Date consultation", "Commentaire"])
    size, i, text = 0, 0, 0
    while size < mb * 1000000:
        r = rows[i % len(rows)]
        row = r[:7] + ["12/03/2021", r[7]]
        w.writerow(row)
        size += sum(len(c.encode()) for c in row) + 10
        text += len(r[7].encode())
        i += 1
    out.close()
    open(dst + ".text", "w").write(str(text))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
