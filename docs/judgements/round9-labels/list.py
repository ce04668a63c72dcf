# Round 9: sample N evaluative labels of a report at random and list each with its paragraph.
# usage: python3 sample.py OUT_DIR N SEED > listing.txt
import csv, json, random, sys
out, n, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
rows = [r for r in csv.DictReader(open(out + '/labels.csv')) if r['evaluative'].lower() == 'true']
rows.sort(key=lambda r: (r['document'], int(r['start']), r['descriptor'], r['entity_name']))
docs = {d['id']: d for d in json.load(open(out + '/report.json'))['documents']}
total = sum(1 for _ in csv.DictReader(open(out + '/labels.csv')))
random.seed(seed)
pick = sorted(random.sample(rows, min(n, len(rows))), key=lambda r: (r['document'], int(r['start'])))
print(f'# {len(rows)} evaluative labels of {total}, in {len({r["document"] for r in rows})} articles; {len(pick)} drawn (random.seed({seed}))')
for i, r in enumerate(pick, 1):
    t = docs[r['document']]['text']
    s, e = int(r['start']), int(r['end'])
    a = max(t.rfind('\n', 0, s) + 1, s - 500)
    b = t.find('\n', e)
    b = b if b != -1 and b - e < 500 else e + 500
    print(f"#{i} {r['document']} | {r['descriptor']} -> {r['entity_name']} | {r['kind']} | {r['evidence']}:{r['term']} | {r['voice']} ({r['quoted_from']}) | {s}")
    print('    ' + (t[a:s] + '[[' + t[s:e] + ']]' + t[e:b]).replace('\n', ' / '))
