#!/usr/bin/env python3
"""Review conf/sensitive/drugs.txt against the WHO ATC table: every
substance (7-character code) of the classes whose drugs name a suppressed
group, found in drugs.txt (by its code or its French name) or left out on
purpose (EXCLUDED, with the reason in docs/scrub.md).  A maintenance
script, not a build step (the table is not a build dependency).

  apt-get download gnumed-server && dpkg -x gnumed-server_*.deb x
  python3 gen/atc_review.py x/var/lib/gnumed/server/sql/v14-v15/data/atc_only-utf8.csv

The table is the ATC index with French names that Debian ships in
gnumed-server (GPL-2+, from the WHO Collaborating Centre's ATC/DDD index,
2010): codes and names are facts cited, nothing is copied into the
lexicon by this script.  Prints one line per substance neither found nor
excluded; exits 1 if there is one."""
import csv, os, re, sys, unicodedata

# The classes of the groups (conf/sensitive/*.txt `atc` lines and the
# reviews of docs/scrub.md): HIV J05AE/AF/AG/AJ/AR/AX, mental health and
# addiction N05A, N06A, N06BA, N07BB, N07BC, contraception G02B, G03A,
# abortion G03XB.
CLASSES = ("J05AE", "J05AF", "J05AG", "J05AJ", "J05AR", "N05A", "N06A",
    "N06BA", "N07BB", "N07BC", "G02B", "G03A", "G03XB")
# Left out on purpose (docs/scrub.md says why), or no longer marketed in
# France (ANSM BDPM): not to be added.
EXCLUDED = {
    "J05AF03": "zalcitabine, withdrawn",
    "J05AF07": "tenofovir disoproxil: hepatitis B too (twelfth pass)",
    "J05AF08": "adefovir: hepatitis B", "J05AF10": "entecavir: hepatitis B",
    "J05AF11": "telbivudine: hepatitis B",
    "J05AR07": "stavudine/lamivudine/nevirapine, not marketed in France",
    "N05AA04": "acepromazine, veterinary", "N05AB04": "prochlorperazine, antiemetic",
    "N05AD08": "droperidol, anaesthesia antiemetic",
    "N06AX01": "oxitriptan", "N06AX02": "tryptophan",
    "N06AX12": "bupropion: Zyban, tobacco", "N06BA07": "modafinil, narcolepsy",
    "G02BA01": "plastic IUD, not marketed", "G02BA02": "copper IUD: DIU/stérilet are terms",
    "G03AC01": "norethisterone alone: gynaecology", "G03AC02": "lynestrenol: gynaecology",
    "G03AC04": "quingestanol, not marketed", "G03AC05": "megestrol: oncology",
    "G03AC07": "norgestrienone, not marketed",
    # combined pills of the 2010 table with no brand marketed in France
    # (ANSM BDPM); the marketed ones are in drugs.txt by brand
    "G03AA01": "etynodiol", "G03AA02": "quingestanol", "G03AA03": "lynestrenol",
    "G03AA04": "megestrol", "G03AA05": "norethisterone (Triella, withdrawn)",
    "G03AA06": "norgestrel (Stediril, withdrawn)", "G03AA08": "medroxyprogesterone",
    "G03AB01": "megestrol", "G03AB02": "lynestrenol", "G03AB05": "desogestrel",
    "G03AB06": "gestodene: Phaeva, under G03AA10 in drugs.txt",
    "G03AB07": "chlormadinone",
}

def fold(s):
    s = unicodedata.normalize("NFKD", s.lower()).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[^a-z0-9]", " ", s).split())

def main():
    if len(sys.argv) != 2:
        sys.exit("usage: atc_review.py atc_only-utf8.csv")
    top = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    codes, names = set(), set()
    for line in open(os.path.join(top, "conf/sensitive/drugs.txt"), encoding="utf-8"):
        p = line.split(None, 1)
        if len(p) == 2 and not p[0].startswith("#"):
            codes.add(p[0])
            names.add(fold(p[1]))
    missing = 0
    for row in csv.reader(open(sys.argv[1], encoding="utf-8")):
        c = row[0]
        if len(c) != 7 or not c.startswith(CLASSES) or c in EXCLUDED:
            continue
        if c in codes or fold(row[2]) in names:
            continue
        print("%s %s" % (c, row[2]))
        missing += 1
    sys.exit(1 if missing else 0)

if __name__ == "__main__":
    main()
