#!/usr/bin/env python3
# py_pseudonymize: the Python-stdlib peer of the export benchmark (csv + hmac).
"""Pseudonymize the benchmark patients export the plain-Python way.

  py_pseudonymize.py KEYFILE SRC DST

Reads SRC (';', UTF-8 with BOM, CRLF), replaces IPP, Nom, Prénom, NIR and
Téléphone by HMAC-SHA256(key, column name + value) cut to 16 hex digits,
keeps every other column, and writes DST in the same dialect.  The key is
SHA-256 of KEYFILE's bytes.  Standard library only: this is the baseline a
data manager would write in an afternoon, written to be reasonably fast
(hmac.digest is the one-shot C path, rows are streamed).
"""

import csv
import hashlib
import hmac
import sys

COLUMNS = ["IPP", "Nom", "Prénom", "NIR", "Téléphone"]


def main(argv):
	if len(argv) != 3:
		print(__doc__.strip(), file=sys.stderr)
		return 2
	with open(argv[0], "rb") as fh:
		key = hashlib.sha256(fh.read()).digest()
	with open(argv[1], "r", encoding="utf-8-sig", newline="") as src, \
	    open(argv[2], "w", encoding="utf-8-sig", newline="") as dst:
		rd = csv.reader(src, delimiter=";")
		wr = csv.writer(dst, delimiter=";", lineterminator="\r\n")
		header = next(rd)
		wr.writerow(header)
		try:
			# A per-column label, like the domain of a keyed token:
			# the same value in two columns gives two pseudonyms.
			cols = [(header.index(c), (c + "\0").encode())
			    for c in COLUMNS]
		except ValueError as e:
			print("py_pseudonymize: missing column: %s" % e,
			    file=sys.stderr)
			return 1
		digest = hmac.digest
		for row in rd:
			for i, label in cols:
				row[i] = digest(key, label + row[i].encode(),
				    "sha256").hex()[:16]
			wr.writerow(row)
	return 0


if __name__ == "__main__":
	sys.exit(main(sys.argv[1:]))
