#!/usr/bin/env python3
"""What an analyst does with the view, checked against the source.

pandas VIEW SRC
    Reads patients.csv and sejours.csv of the view and of the source with
    pandas, joins each pair on IPP, and checks that the view's join has
    exactly the source's shape: the same number of joined rows, the same
    number of stays per patient (as a multiset), every stay's patient found,
    and no raw IPP among the view's keys.  Encodings are read from the files
    themselves (a BOM means UTF-8; otherwise UTF-8 if it decodes, else
    Windows-1252), as an analyst's loader would.

sqlite-join DB
    Prints, from an sqlite3 database the shell filled with `.import`, the
    number of rows of the patients x sejours join on IPP.
"""
import collections
import os
import sys


def encoding_of(path):
    with open(path, 'rb') as f:
        data = f.read()
    if data.startswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    try:
        data.decode('utf-8')
        return 'utf-8'
    except UnicodeDecodeError:
        return 'cp1252'


def load(pd, path):
    return pd.read_csv(path, sep=';', dtype=str, keep_default_na=False,
                       encoding=encoding_of(path))


def stays_per_patient(pd, root):
    patients = load(pd, os.path.join(root, 'patients.csv'))
    stays = load(pd, os.path.join(root, 'sejours.csv'))
    joined = stays.merge(patients[['IPP']], on='IPP', how='inner')
    counts = collections.Counter(joined.groupby('IPP').size().tolist())
    return patients, stays, joined, counts


def cmd_pandas(view, src):
    import pandas as pd

    vp, vs, vj, vcounts = stays_per_patient(pd, view)
    sp, ss, sj, scounts = stays_per_patient(pd, src)
    failures = []
    if len(vj) == 0:
        failures.append('the view join is empty')
    if len(vj) != len(sj):
        failures.append('join rows: view %d, source %d' % (len(vj), len(sj)))
    if vcounts != scounts:
        failures.append('stays per patient differ between view and source')
    if len(vp) != len(sp) or len(vs) != len(ss):
        failures.append('row counts differ between view and source')
    raw = set(sp['IPP']) | set(ss['IPP'])
    leaked = raw & (set(vp['IPP']) | set(vs['IPP']))
    if leaked:
        failures.append('%d raw IPPs appear in the view' % len(leaked))
    if not all(v.startswith('P-') for v in vp['IPP']):
        failures.append('a view IPP is not a token')
    for f in failures:
        print('pandas: ' + f)
    print('pandas: %d patients, %d stays, %d joined rows' %
          (len(vp), len(vs), len(vj)))
    return 1 if failures else 0


def cmd_sqlite_join(db):
    import sqlite3

    con = sqlite3.connect(db)
    n = con.execute('SELECT count(*) FROM sejours s JOIN patients p '
                    'ON p."IPP" = s."IPP"').fetchone()[0]
    print(n)
    return 0


def main():
    if len(sys.argv) == 4 and sys.argv[1] == 'pandas':
        return cmd_pandas(sys.argv[2], sys.argv[3])
    if len(sys.argv) == 3 and sys.argv[1] == 'sqlite-join':
        return cmd_sqlite_join(sys.argv[2])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == '__main__':
    sys.exit(main())
