# Round 10: the judged listing of main's evaluative labels (judgements.tsv, numbered as list.py numbers them)
# joined with the branch's labels.csv: a markdown table and the rates with 95% Wilson intervals.
# usage: python3 table.py MAIN_OUT BRANCH_OUT judgements.tsv
import csv, math, sys
def rows(out):
    r = [x for x in csv.DictReader(open(out + '/labels.csv')) if x['evaluative'].lower() == 'true']
    return sorted(r, key=lambda x: (x['document'], int(x['start']), x['descriptor'], x['entity_name']))
def key(x):
    return (x['document'], x['start'], x['descriptor'], x['entity_name'])
def wilson(k, n, z=1.96):
    if n == 0:
        return (0, 0)
    p = k / n; d = 1 + z * z / n; c = p + z * z / (2 * n); h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return ((c - h) / d, (c + h) / d)
main, branch = rows(sys.argv[1]), rows(sys.argv[2])
judged = {int(l.split('\t')[0]): l.rstrip('\n').split('\t')[1:] for l in open(sys.argv[3]) if l.strip()}
on_branch = {key(x) for x in branch}
extra = [x for x in branch if key(x) not in {key(m) for m in main}]
print('| # | document | descriptor -> entity | kind | evidence | voice (from) | on branch | evaluative | entity | voice | all | note |')
print('|---|---|---|---|---|---|---|---|---|---|---|---|')
tally = {'main': [0, 0], 'branch': [0, 0]}
for i, x in enumerate(main, 1):
    ev, en, vo, note = judged[i]
    ok = ev == en == vo == 'yes'
    b = key(x) in on_branch
    tally['main'][0] += ok; tally['main'][1] += 1
    if b:
        tally['branch'][0] += ok; tally['branch'][1] += 1
    print(f"| {i} | {x['document'][:32]} | {x['descriptor']} -> {x['entity_name']} | {x['kind']} | {x['evidence']}:{x['term']} "
          f"| {x['voice']} ({x['quoted_from']}) | {'yes' if b else 'no'} | {ev} | {en} | {vo} | {'yes' if ok else 'no'} | {note} |")
def overlapping(x):
    # a branch label that is a main label's words cut shorter ("bad" of "bad blood"): the same item, same judgement
    for i, m in enumerate(main, 1):
        if m['document'] == x['document'] and m['entity_name'] == x['entity_name'] \
                and int(m['start']) < int(x['end']) and int(x['start']) < int(m['end']):
            return i
    return None
for x in extra:
    i = overlapping(x)
    ev, en, vo, note = judged[i] if i else ('', '', '', '')
    ok = ev == en == vo == 'yes'
    if i:
        tally['branch'][0] += ok; tally['branch'][1] += 1
    print(f"| {i}' | {x['document'][:32]} | {x['descriptor']} -> {x['entity_name']} | {x['kind']} | {x['evidence']}:{x['term']} "
          f"| {x['voice']} ({x['quoted_from']}) | yes (only) | {ev} | {en} | {vo} | {'yes' if ok else 'no'} | "
          f"{'part of row ' + str(i) + ': ' + note if i else 'not judged'} |")
print()
for name, (k, n) in tally.items():
    lo, hi = wilson(k, n)
    print(f"{name}: {k}/{n} = {k / max(n, 1):.2f} (95% Wilson {lo:.2f}-{hi:.2f})")
print(f"branch labels not in main's listing: {len(extra)}")
