#!/usr/bin/env python3
"""Golden-cell accuracy over tests/golden/corpus: python3 evalgold.py [root] [filter...]; V=n prints n misses."""
import csv, os, subprocess, sys, glob
from decimal import Decimal
from concurrent.futures import ThreadPoolExecutor
args = sys.argv[1:]
root = args.pop(0) if args and os.path.isdir(args[0]) else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
filt = args
Y = os.path.join(root, 'src/Yusuan.Cli/bin/Release/net10.0/yusuan')
G = os.path.join(root, 'tests/golden/corpus')
files = {}
for m in glob.glob(G + '/manifest-*.csv'):
    for r in csv.DictReader(open(m, encoding='utf-8')):
        files[r['document']] = r['files'].replace(';',' ').split()
def key(r): return (r['table'], r['unit'], r['row'], r['column'])
def num(v):
    try: return Decimal(v.replace(',', ''))
    except Exception: return None
def run(doc):
    fs = files.get(doc)
    if fs is None:
        base = doc.split('+')
        fs = []
        for b in base:
            c = glob.glob(os.path.join(root, 'samples/corpus/*/' + b + '.pdf'))
            fs += [os.path.relpath(x, os.path.join(root, 'samples/corpus')) for x in c]
    paths = [os.path.join(root, 'samples/corpus', f) for f in fs]
    p = subprocess.run([Y, 'cells'] + paths, capture_output=True, text=True)
    got = {}
    for r in csv.DictReader(p.stdout.splitlines()):
        if 'table' in r: got.setdefault(key(r), r['value'])
    gold = list(csv.DictReader(open(os.path.join(G, doc + '.cells.csv'), encoding='utf-8')))
    ok = 0; miss = []
    for r in gold:
        g = got.get(key(r))
        if g is not None and num(g) == num(r['value']): ok += 1
        else: miss.append((key(r), r['value'], g))
    return doc, ok, len(gold), miss, p.stderr.strip()[:200]
docs = sorted(os.path.basename(f)[:-len('.cells.csv')] for f in glob.glob(G + '/*.cells.csv'))
if filt: docs = [d for d in docs if any(f in d for f in filt)]
V = int(os.environ.get('V', '0'))
T = N = 0
with ThreadPoolExecutor(2) as ex:
    for doc, ok, n, miss, err in ex.map(run, docs):
        T += ok; N += n
        print(f'{doc:45s} {ok:4d}/{n:4d} {100*ok/max(n,1):5.1f}' + (f'  ERR {err}' if err and ok == 0 else ''))
        for m in miss[:V]: print('   ', m)
print(f'TOTAL {T}/{N} = {100*T/max(N,1):.1f} %')
