# Round 10: what two reports over the same documents list differently, and a seeded sample of it to read.
# python3 differences.py MAIN/report.json BRANCH/report.json [N]: every attribution listed by one report and not, field
# for field (source, cue, content, act), by the other; then random.seed(20261210), random.sample(of those, N) (25 by
# default; all of them when there are fewer) with the text around each.
import json, random, sys

def load(path):
    r = json.load(open(path))
    return {d['id']: d['text'] for d in r['documents']}, r['attributions']

def key(a):
    src = a['source']
    return (a['document'], a['cue']['start'], a['cue']['end'], src and (src['start'], src['end']),
            a['content']['start'], a['content']['end'], a['act'])

docs, main = load(sys.argv[1])
_, branch = load(sys.argv[2])
main_keys = {key(a) for a in main}
branch_keys = {key(a) for a in branch}
differing = [('main only', a) for a in main if key(a) not in branch_keys] + \
            [('branch only', a) for a in branch if key(a) not in main_keys]
print(f"main {len(main)}, branch {len(branch)}, main only {sum(1 for w, _ in differing if w == 'main only')}, "
      f"branch only {sum(1 for w, _ in differing if w == 'branch only')}")
random.seed(20261210)
n = int(sys.argv[3]) if len(sys.argv) > 3 else 25
sample = random.sample(differing, min(n, len(differing)))
def around(a):
    """The attribution's words in their text: from 200 characters before its first span to 120 after its last."""
    spans = [a[role] for role in ('source', 'cue', 'content') if a[role]]
    text = docs[a['document']]
    return text[max(0, min(s['start'] for s in spans) - 200):max(s['end'] for s in spans) + 120].replace('\n', ' ')

for i, (who, a) in enumerate(sample, 1):
    fields = [f"#{i}", who, a['document'], f"act={a['act']}", f"via={a['via']}",
              f"SOURCE: {a['source']['text'] if a['source'] else None}",
              f"KIND: {a['source']['kind'] if a['source'] else None}", f"CUE: {a['cue']['text']}",
              f"CONTENT: {a['content']['text']}", f"CONTEXT: {around(a)}"]
    print(' '.join(fields[:5]) + '\n   ' + '\n   '.join(fields[5:]))
