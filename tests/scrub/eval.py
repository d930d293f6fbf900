#!/usr/bin/env python3
"""Precision and recall of the scrub detectors on a labeled corpus.

  eval.py DRIVER CORPUS [--check] [--issue10] [--show N] [--fp N] [--weeks]

DRIVER is build/tests/scrub_spans, CORPUS a file from gen_corpus.py.
A labeled span is found when every letter and digit of it lies in some
detected span (of any kind: it is hidden either way).  A detected span is
right when it overlaps a labeled span, wrong otherwise.  With --check, exits
1 if a target of issue 4 is missed:
  recall >= 99.5% for nir, phone, email, iban; >= 97% for the row's names;
  precision >= 95% overall; no clinical eponym ever detected.  With
--issue10 also issue 10's: recall >= 95% overall and >= 97% for all names
(the row's and others'), word precision >= 97% (words changed that were
part of an identifier).  --fp N lists the N words most often changed that
were no identifier, with their counts (what costs word precision);
--fpctx N lists up to N of those words one by one, each in its comment
(the word between >> <<), to group them by cause.

Word precision is printed twice.  The second figure, "policy words
apart", leaves out of the count the words the scrubber hides on purpose
that the hand sets' convention does not label (docs/scrub.md, "Word
precision both ways"): a weekday inside a detected date (it moves with
its date: left as written it tells the shift modulo 7), and the care
places, specialties and involuntary-care words of a suppressed group
hidden as a sensitive term (POLICY_WORDS, POLICY_PHRASES).  It is not
the issue's figure: the first one is.  Between the two, "weekdays apart"
leaves out the weekdays alone, so that each family's share shows: the
care family's is the gap between it and "policy words apart".

--weeks: as under date_shift_unit = week (docs/policy.md), where dates
move by whole weeks and a weekday before a date stays as written: the
driver's -w, which leaves the weekdays' spans out.  A labeled date that
holds its weekday ("vendredi 11 décembre") is then found when the rest of
it is hidden: the weekday is as true of the moved date as of the real
one, no identifier (the count of such labels is printed)."""
import subprocess, sys

TARGETS_RECALL = {"nir": 99.5, "phone": 99.5, "email": 99.5, "iban": 99.5,
    "name": 97.0}
TARGET_PRECISION = 95.0
EPONYMS = ["Parkinson", "Alzheimer", "Crohn", "Basedow", "Raynaud", "Hodgkin",
    "Down", "Glasgow", "Babinski", "Holter", "Doppler", "Horton", "Cushing",
    "Charcot", "Barrett", "Weber", "Valsalva", "Vincent"]

# Folded (lower case, no accent) words hidden by a documented policy and
# left unlabeled by the hand sets' convention (docs/scrub.md: "Care that
# names the group", "What the product suppresses and what it does not").
POLICY_WORDS = {"psy", "psychiatre", "psychiatres", "pedopsychiatre",
    "psychiatrie", "psychiatrique", "psychiatriques", "pedopsychiatrie",
    "addictologie", "csapa", "caarud", "cmpp", "cattp", "epsm", "cpoa", "umd",
    "chs", "cdag", "ciddist", "cpdpn", "cpef", "cecos", "planning", "familial",
    "sdt", "sdre", "spdt", "spdtu", "spdre", "spi", "extencilline",
    "uhsa", "smpr", "empp", "pedopsy", "pedopsychiatres", "addicto",
    "addictologue", "addictologues", "postcure", "alcoologie", "ceip",
    "addictovigilance",
    # the group's own treatment or care named by one word, as extencilline
    # and caarud above (the lead, thirtieth pass, on prec40b's reading of
    # the dev halves: labelled one time in two): the two abortion drugs,
    # the abortion centre, the injecting kit of harm reduction
    "misoprostol", "mifepristone", "orthogenie", "steribox"}
# The same family in several words: each word of such a phrase, hidden as
# a sensitive term and unlabeled, is left apart (helper terms10: the
# aftercare of addiction, the HIV helpline, involuntary care spelled out,
# home hospitalisation of a pregnancy).
POLICY_PHRASES = [("post", "cure"), ("sida", "info", "service"),
    ("soins", "sans", "consentement"),
    ("soins", "psychiatriques", "sans", "consentement"),
    ("had", "obstetricale"), ("urgences", "psychiatriques"),
    ("peril", "imminent")]
WEEKDAYS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
    "dimanche", "lun", "mar", "mer", "jeu", "ven", "sam", "dim",
    # in the plural before a series of days ("les lundis 3, 10 et 17
    # novembre": review, eighteenth pass)
    "lundis", "mardis", "mercredis", "jeudis", "vendredis", "samedis",
    "dimanches"}

def fold(w):
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFD", w.lower())
        if unicodedata.category(c) != "Mn")

def policy_word(w, kinds, in_phrase=False):
    """0: not hidden on purpose; 1: a weekday in its date; 2: a word of
    the care family (a care place, a specialty, involuntary care)."""
    f = fold(w)
    if f in WEEKDAYS and "date" in kinds:
        return 1
    if (f in POLICY_WORDS or in_phrase) and "diagnosis" in kinds:
        return 2
    return 0

def phrase_words(text):
    """The byte ranges of the text's words that lie in a POLICY_PHRASES
    occurrence (folded, word by word)."""
    words, i = [], 0
    while i < len(text):
        if chr(text[i]).isalnum() or text[i] >= 0x80:
            j = i
            while j < len(text) and (chr(text[j]).isalnum() or text[j] >= 0x80):
                j += 1
            words.append((i, j, fold(text[i:j].decode(errors="replace"))))
            i = j
        else:
            i += 1
    out = set()
    for ph in POLICY_PHRASES:
        for k in range(len(words) - len(ph) + 1):
            if all(words[k + m][2] == ph[m] for m in range(len(ph))):
                out.update(words[k + m][0] for m in range(len(ph)))
    return out

def weekday_bytes(text, a, b):
    """The byte offsets of the weekday words in text[a:b] ("lundi",
    "ven")."""
    out, i = set(), a
    while i < b:
        if chr(text[i]).isalnum() or text[i] >= 0x80:
            j = i
            while j < b and (chr(text[j]).isalnum() or text[j] >= 0x80):
                j += 1
            if fold(text[i:j].decode(errors="replace")) in WEEKDAYS:
                out.update(range(i, j))
            i = j
        else:
            i += 1
    return out

def spans(field):
    out = []
    for s in field.split(","):
        if s:
            a, b, k = s.split(":")
            out.append((int(a), int(b), k))
    return out

def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    check = "--check" in sys.argv
    show = 0
    if "--show" in sys.argv:
        show = int(sys.argv[sys.argv.index("--show") + 1])
        args = [a for a in args if a != str(show)]
    fp = 0
    if "--fp" in sys.argv:
        fp = int(sys.argv[sys.argv.index("--fp") + 1])
        args = [a for a in args if a != str(fp)]
    fp_words = {}
    fpctx = 0
    if "--fpctx" in sys.argv:
        fpctx = int(sys.argv[sys.argv.index("--fpctx") + 1])
        args = [a for a in args if a != str(fpctx)]
    fp_ctx = []
    driver, corpus = args[:2]
    lines = open(corpus, "rb").read().decode("utf-8").split("\n")
    lines = [l for l in lines if l]
    # --recall: the recall-first mode (scrub mode = recall).
    # --no-row: without the row's values (a file with only the IPP).
    cmd = [driver] + (["-r"] if "--recall" in sys.argv else []) + \
        (["-n"] if "--no-row" in sys.argv else []) + \
        (["-w"] if "--weeks" in sys.argv else [])
    res = subprocess.run(cmd, input="\n".join(lines).encode() + b"\n",
        stdout=subprocess.PIPE, check=True).stdout.decode().split("\n")
    gold_n, gold_hit = {}, {}
    det_n, det_ok = {}, {}
    eponym_hits = 0
    words_det, words_wrong = 0, 0
    words_policy, words_weekday = 0, 0
    weeks = "--weeks" in sys.argv
    weekdays_kept = 0
    misses, wrong = [], []
    for line, out in zip(lines, res):
        f = line.split("\t")
        text = f[7].encode("utf-8")
        gold = spans(f[8]) if len(f) > 8 else []
        det = spans(out)
        covered = bytearray(len(text))
        for a, b, _ in det:
            for i in range(a, min(b, len(text))):
                covered[i] = 1
        for a, b, k in gold:
            gold_n[k] = gold_n.get(k, 0) + 1
            need = [i for i in range(a, b)
                    if chr(text[i]).isalnum() or text[i] >= 0x80]
            if weeks and k.startswith("date"):
                rest = [i for i in need if i not in weekday_bytes(text, a, b)]
                if rest and len(rest) < len(need):
                    need = rest
                    weekdays_kept += 1
            ok = all(covered[i] for i in need)
            if ok:
                gold_hit[k] = gold_hit.get(k, 0) + 1
            else:
                misses.append((k, text[a:b].decode(errors="replace"), f[7]))
        # Words changed that were no identifier (the precision).
        in_phrase = phrase_words(text)
        gold_cov = bytearray(len(text))
        for a, b, _ in gold:
            for i in range(a, min(b, len(text))):
                gold_cov[i] = 1
        i = 0
        while i < len(text):
            if chr(text[i]).isalnum() or text[i] >= 0x80:
                j = i
                while j < len(text) and (chr(text[j]).isalnum() or text[j] >= 0x80):
                    j += 1
                if any(covered[i:j]):
                    words_det += 1
                    if not any(gold_cov[i:j]):
                        words_wrong += 1
                        w = text[i:j].decode(errors="replace")
                        fp_words[w] = fp_words.get(w, 0) + 1
                        kinds = sorted(set(k for a, b, k in det
                            if a < j and i < b))
                        pw = policy_word(w, kinds, i in in_phrase)
                        if pw:
                            words_policy += 1
                            words_weekday += pw == 1
                        fp_ctx.append((w + ":" + "/".join(kinds), (text[:i] + b">>" + text[i:j] +
                            b"<<" + text[j:]).decode(errors="replace")))
                i = j
            else:
                i += 1
        for a, b, k in det:
            det_n[k] = det_n.get(k, 0) + 1
            if any(a < gb and ga < b for ga, gb, _ in gold):
                det_ok[k] = det_ok.get(k, 0) + 1
            else:
                wrong.append((k, text[a:b].decode(errors="replace"), f[7]))
                if any(e.lower() in text[a:b].decode(errors="replace").lower() for e in EPONYMS):
                    eponym_hits += 1
    failed = []
    print("%-12s %7s %7s %8s" % ("labeled", "count", "found", "recall"))
    for k in sorted(gold_n):
        r = 100.0 * gold_hit.get(k, 0) / gold_n[k]
        print("%-12s %7d %7d %7.2f%%" % (k, gold_n[k], gold_hit.get(k, 0), r))
        if k in TARGETS_RECALL and r < TARGETS_RECALL[k]:
            failed.append("recall %s %.2f%% < %.1f%%" % (k, r, TARGETS_RECALL[k]))
    print()
    print("%-12s %7s %7s %9s" % ("detected", "count", "right", "precision"))
    for k in sorted(det_n):
        print("%-12s %7d %7d %8.2f%%" % (k, det_n[k], det_ok.get(k, 0),
            100.0 * det_ok.get(k, 0) / det_n[k]))
    tot, ok = sum(det_n.values()), sum(det_ok.values())
    p = 100.0 * ok / tot if tot else 100.0
    print("%-12s %7d %7d %8.2f%%" % ("overall", tot, ok, p))
    print("word precision: %d of %d words changed were identifiers (%.2f%%)"
        % (words_det - words_wrong, words_det,
           100.0 * (words_det - words_wrong) / words_det if words_det else 100.0))
    wd, ww = words_det - words_weekday, words_wrong - words_weekday
    print("word precision, weekdays apart: %d of %d (%.2f%%; %d weekdays "
        "moved with their dates)" % (wd - ww, wd,
        100.0 * (wd - ww) / wd if wd else 100.0, words_weekday))
    wd, ww = words_det - words_policy, words_wrong - words_policy
    print("word precision, policy words apart: %d of %d (%.2f%%; %d weekdays "
        "and %d words of care that names a group, hidden on purpose, "
        "unlabeled)" % (wd - ww, wd, 100.0 * (wd - ww) / wd if wd else 100.0,
        words_weekday, words_policy - words_weekday))
    rec_n, rec_hit = sum(gold_n.values()), sum(gold_hit.values())
    print("recall, overall: %d of %d (%.2f%%)" % (rec_hit, rec_n,
        100.0 * rec_hit / rec_n if rec_n else 100.0))
    print("clinical eponyms detected: %d" % eponym_hits)
    if weeks:
        print("labeled dates whose weekday stays (--weeks): %d"
            % weekdays_kept)
    if p < TARGET_PRECISION:
        failed.append("precision %.2f%% < %.1f%%" % (p, TARGET_PRECISION))
    if "--issue10" in sys.argv:
        # Issue 10: recall >= 95% overall, >= 97% for all names, word
        # precision >= 97%.
        names = ("name", "other_name")
        nn = sum(gold_n.get(k, 0) for k in names)
        nh = sum(gold_hit.get(k, 0) for k in names)
        wp = 100.0 * (words_det - words_wrong) / words_det if words_det else 100.0
        ro = 100.0 * rec_hit / rec_n if rec_n else 100.0
        rn = 100.0 * nh / nn if nn else 100.0
        if ro < 95.0:
            failed.append("recall overall %.2f%% < 95%%" % ro)
        if rn < 97.0:
            failed.append("recall names %.2f%% < 97%%" % rn)
        if wp < 97.0:
            failed.append("word precision %.2f%% < 97%%" % wp)
    if eponym_hits:
        failed.append("%d clinical eponyms detected" % eponym_hits)
    for w, n in sorted(fp_words.items(), key=lambda x: (-x[1], x[0]))[:fp]:
        print("FP %6d %s" % (n, w))
    for w, t in fp_ctx[:fpctx]:
        print("FPW %-28s in %r" % (w, t))
    for k, s, t in misses[:show]:
        print("MISS %-10s %-30r in %r" % (k, s, t))
    for k, s, t in wrong[:show]:
        print("WRONG %-9s %-30r in %r" % (k, s, t))
    if failed:
        print("targets missed: " + "; ".join(failed))
    else:
        print("targets met")
    if check and failed:
        sys.exit(1)

if __name__ == "__main__":
    main()
