#!/usr/bin/env python3
"""rowvar43 probe: the row's own name (16 synthetic rows, surnames and
first names of five letters or more) written near its spelling in a
scrubbed comment, through scrub_spans: each letter dropped (del) or
doubled (dup), two neighbours swapped (swap), the consonant skeleton
(skel: first letter and consonants, and without a first vowel), the name
in Cyrillic and Greek as it sounds; each in a sentence, alone, after a
title, beside the first name; lower case (-lc) after a title and with no
cue (lower: kept by design).  A form is left when one of its letters is
outside every span (hostilelib's measure).  Usage: rowvar43_probe.py BIN
[-v] [BIN's args]"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hostilelib import row_line, run_spans, left_total, state
BIN = sys.argv[1]; ARGS = [a for a in sys.argv[2:] if a != "-v"]
V = set("AEIOUY")
NAMES = [("DUPONT","Jean"),("PERRIN","Claire"),("MARCHAND","Paul"),("VIGNERON","Hélène"),
 ("BERTRAND","Nathalie"),("GARNIER","Michel"),("FONTAINE","Bernard"),("ROUSSEAU","Sophie"),
 ("LEFEBVRE","Julien"),("MOREAU","Pascal"),("GIRARD","Martine"),("BONNET","Sylvie"),
 ("CHEVALIER","Thierry"),("FOURNIER","Isabelle"),("LAMBERT","Olivier"),("KOWALSKI","Agnès")]
CYR = {"DUPONT":["Дюпон","ДЮПОН","Дюпонт"],"PERRIN":["Перрен","Перрин"],"MARCHAND":["Маршан"],"VIGNERON":["Виньерон"],
 "BERTRAND":["Бертран"],"GARNIER":["Гарнье"],"FONTAINE":["Фонтен","Фонтэн"],"ROUSSEAU":["Руссо"],"LEFEBVRE":["Лефевр"],
 "MOREAU":["Моро"],"GIRARD":["Жирар"],"BONNET":["Бонне"],"CHEVALIER":["Шевалье"],"FOURNIER":["Фурнье"],"LAMBERT":["Ламбер","Ламберт"],"KOWALSKI":["Ковальски"]}
GRK = {"DUPONT":["Ντυπόν","Ντιπόν"],"BERTRAND":["Μπερτράν"],"GARNIER":["Γκαρνιέ"],"LAMBERT":["Λαμπέρ"],"GIRARD":["Ζιράρ"],"MOREAU":["Μορό"],"KOWALSKI":["Κοβάλσκι"],"PERRIN":["Περέν"]}
def variants(P):
    out=[]
    for i in range(len(P)):
        out.append(("del", P[:i]+P[i+1:]))
        out.append(("dup", P[:i]+P[i]+P[i:]))
    for i in range(len(P)-1):
        if P[i]!=P[i+1]: out.append(("swap", P[:i]+P[i+1]+P[i]+P[i+2:]))
    sk = "".join(c for c in P if c not in V)
    sk2 = P[0]+"".join(c for c in P[1:] if c not in V)
    out.append(("skel", sk)); 
    if sk2!=sk: out.append(("skel", sk2))
    seen=set(); r=[]
    for c,v in out:
        if v not in seen and v!=P: seen.add(v); r.append((c,v))
    return r
TPL = [("sent","Vu ce jour {} pour suivi."),("alone","{}"),("title","Mme {} revue."),("first","{F} {} revu ce jour.")]
items=[]
for last, first in NAMES:
    row=(last, first, "184027512345674","06 12 34 56 78","123456")
    for cat, v in variants(last):
        for form in (v, v.capitalize()):
            for tn,t in TPL:
                items.append((row, cat, form, tn, t.replace("{F}",first).format(form)))
        for tn,t in (("ltitle","vue par mme {} ce jour."),("lower","revu avec {} ce jour.")):
            items.append((row, cat+"-lc", v.lower(), tn, t.format(v.lower())))
    for cat, fs in (("cyr",CYR.get(last,[])),("grk",GRK.get(last,[]))):
        for f in fs:
            for tn,t in TPL:
                items.append((row, cat, f, tn, t.replace("{F}",first).format(f)))
lines=[row_line(r,t) for r,c,f,tn,t in items]
out=run_spans(BIN, ARGS, lines)
from collections import Counter
cnt=Counter(); raw=Counter(); leaks=[]
for (r,c,f,tn,t),o in zip(items,out):
    sp = o.split("\t")[-1] if "\t" in o else o
    l,tot = left_total(t, o.strip(), f)
    st=state(l,tot)
    key=(c,tn); cnt[key]+=1
    if st!="gone": raw[key]+=1; leaks.append((r[0],c,tn,f))
for k in sorted(cnt): print(f"{k[0]:10} {k[1]:7} {cnt[k]:4} left {raw[k]:4}")
print("total", sum(cnt.values()), "left", sum(raw.values()))
if "-v" in sys.argv:
    for l in leaks:
        if not l[1].endswith("-lc"):
            print("  ", *l)
