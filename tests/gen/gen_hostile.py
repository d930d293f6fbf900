#!/usr/bin/env python3
"""Source files shaped to trip a CSV reader, for test_hostile.sh.

  gen_hostile.py DIR

Python 3 standard library only, nothing random.  Every raw value is a
made-up word starting with ZORGLU (names), the NIR 1840275123456xx (with its
key) or the phone 06 51 94 88 22: test_hostile.sh greps the view, the
messages, the log, the audit file and check's report for them.  The files
named patients_* hold raw values in the Nom, Prenom, NIR and Telephone
columns (transformed) and in cells that a wrong split would put under the
kept Sexe column; pad_* files are read with ragged = pad; bad_* files
cannot be parsed and must fail whole (exit 1, EIO).  A file that a rule
matches but that is not a regular file (FIFO), and links out of the tree,
are made by the test itself."""
import os
import sys

BODY = 1840275123456
NIR = "%d%02d" % (BODY, 97 - BODY % 97)
TEL = "0651948822"
HEADER = "IPP;Nom;Prénom;Sexe;NIR;Téléphone\n"


def row(ipp, nom, prenom, sexe="M"):
    return "%s;%s;%s;%s;%s;%s\n" % (ipp, nom, prenom, sexe, NIR, TEL)


def files():
    yield "patients_base.csv", HEADER + row(1001, "ZORGLUBA", "ZORGLUXA")
    # Header cells quoted, one holding a newline ("No\nm" is Nom once
    # normalized), a BOM inside the first quoted cell (read through, like
    # every invisible character of a header: the IPP column).
    yield "patients_qhdr.csv", ('"\ufeffIPP";"No\nm";"Prénom";"Sexe";'
                                '"NIR";"Téléphone"\n'
                                + row(1002, "ZORGLUBB", "ZORGLUXB"))
    # A zero-width space inside and after a header is read through like
    # the NBSP and the trailing space: Nom<U+200B> is the Nom column, so
    # its name is faked (it held a name that was dropped for not being
    # recognised; under columns = keep it was kept raw, test_evasion.sh).
    yield "patients_odd.csv", ("IPP;Sexe\u00a0;N\u200bom\u200b;NIR \n1003;M;"
                               "ZORGLUBD;%s\n" % NIR)
    # Two columns under one name: both get its rule.
    yield "patients_dup.csv", ("IPP;Nom;Sexe;Nom\n1004;ZORGLUBE;M;ZORGLUBF\n")
    # The header again in the middle (two exports concatenated).
    yield "patients_twice.csv", (HEADER + row(1005, "ZORGLUBG", "ZORGLUXG")
                                 + HEADER + row(1006, "ZORGLUBH", "ZORGLUXH"))
    # A quoted name spanning 60 lines, and a 1.6 MB one.
    yield "patients_lines.csv", (HEADER + '1007;"ZORGLUBI\n' + "\n" * 58
                                 + 'ZORGLUBJ";ZORGLUXJ;M;%s;%s\n' % (NIR, TEL))
    yield "patients_long.csv", (HEADER + "1008;" + "ZORGLUBK" * 200000
                                + ";ZORGLUXK;M;%s;%s\n" % (NIR, TEL))
    # Windows-1252 names ("É€" would be the valid UTF-8 sequence C9 80,
    # which makes the file UTF-8 to the sniffer: it would fail whole).
    yield "patients_cp1252.csv", (HEADER + row(1009, "ZORGLUBLÉ-€",
                                               "ZORGLUXLœ")).encode("cp1252")
    # An invalid NIR (text in it) and a NIR with a wrong key: empty cells.
    yield "patients_badnir.csv", (HEADER + "1010;ZORGLUBM;ZORGLUXM;M;"
                                  "18402ZORGLUBN;%s\n" % TEL)
    # A one-field header over ';' records: the kept Sexe column must not
    # take the whole record ("M;ZORGLUBO;...").
    yield "patients_onecol.csv", ("Sexe\nM;ZORGLUBO;%s\nF;ZORGLUBP;%s\n"
                                  % (NIR, TEL))
    # ragged = pad: a row with non-empty extra cells comes out empty (which
    # cell belongs to which column is unknown), wherever they are.
    yield "pad_more.csv", ("IPP;Nom;Sexe\n1011;ZORGLUBQ;M;ZORGLUBR;%s\n"
                           '1012;ZORGLUBS;F;"ZORGLUBT\nZORGLUBU"\n' % NIR)
    yield "pad_onecol.csv", ("Sexe\nM;ZORGLUBV;%s\nF;ZORGLUBW;%s\n"
                             % (NIR, TEL))
    # Cannot be parsed: the whole file fails, none of it comes out.
    yield "bad_cr.csv", (HEADER + row(1013, "ZORGLUBX", "ZORGLUXX")
                         ).replace("\n", "\r")
    yield "bad_mixed.csv", (HEADER + row(1014, "ZORGLUBY", "ZORGLUXY")
                            + row(1015, "ZORGLUBZ", "ZORGLUXZ").replace("\n",
                                                                        "\r"))
    yield "bad_nul.csv", HEADER + "1016;ZORG\0LUCA;ZORGLUXA;M;;\n"
    yield "bad_utf16.csv", ("\ufeff" + HEADER + row(1017, "ZORGLUCB",
                                                    "ZORGLUXB")).encode("utf-16-le")
    yield "bad_utf16nobom.csv", (HEADER + row(1018, "ZORGLUCC", "ZORGLUXC")
                                 ).encode("utf-16-le")
    yield "bad_unbalanced.csv", HEADER + '1019;"ZORGLUCD;ZORGLUXD;M;;\n'
    yield "bad_midquote.csv", HEADER + '1020;ZORG"LUCE;ZORGLUXE;M;;\n'
    yield "bad_ragged.csv", HEADER + row(1021, "ZORGLUCF",
                                         "ZORGLUXF").rstrip("\n") + ";ZORGLUCG\n"


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for name, data in files():
        if isinstance(data, str):
            data = data.encode("utf-8")
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)


if __name__ == "__main__":
    main()
