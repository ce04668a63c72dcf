# Map a report's evaluative labels to the judgements of earlier reading rounds (rounds 2, 5-7, 9): the
# development estimate of what a rule removes. usage: python3 dev-judged.py OUT_DIR ROUND.md... > listing
import csv, re, sys
out = sys.argv[1]
J = []  # (docprefix, descriptor, entity, all)
for md in sys.argv[2:]:
    header = None
    for line in open(md):
        if not line.startswith('|'): continue
        cells = [c.strip() for c in line.strip().strip('|').split('|')]
        if cells[0] == '#':
            header = cells; continue
        if header is None or not cells[0].isdigit(): continue
        row = dict(zip(header, cells))
        if 'descriptor -> entity' in row:
            d, _, e = row['descriptor -> entity'].partition(' -> ')
        else:
            d, e = row['descriptor'], row['entity']
        J.append((row['document'], d.strip(), e.strip(), row['all']))
rows = [r for r in csv.DictReader(open(out + '/labels.csv')) if r['evaluative'].lower() == 'true']
right = wrong = unk = 0
for r in rows:
    cands = [j for j in J if r['document'].startswith(j[0]) and j[1] == r['descriptor']]
    exact = [j for j in cands if j[2] == r['entity_name']]
    j = (exact or cands or [None])[0]
    v = '?' if j is None else ('right' if j[3] == 'yes' else 'wrong')
    right += v == 'right'; wrong += v == 'wrong'; unk += v == '?'
    print(f"{v:5} | {r['document'][:40]} | {r['descriptor']} -> {r['entity_name']} | {r['kind']} | {r['evidence']}")
print(f"# {len(rows)} evaluative labels: {right} judged right, {wrong} judged wrong, {unk} not judged")
