# Round 9: 25 attributions drawn from a report (run from anywhere): python3 sample-attributions.py REPORT.json
# prints each with its source, cue, content and the text around them; random.seed(20261209), random.sample(all, 25).
import json, random, sys
r = json.load(open(sys.argv[1]))
docs = {d['id']: d['text'] for d in r['documents']}
atts = r['attributions']
random.seed(20261209)
sample = random.sample(atts, 25)
for i, a in enumerate(sample, 1):
    t = docs[a['document']]
    s, e = a['cue']['start'], a['cue']['end']
    lo = min([s] + ([a['source']['start']] if a['source'] else []) + [a['content']['start']])
    hi = max([e] + ([a['source']['end']] if a['source'] else []) + [a['content']['end']])
    ctx = t[max(0, lo - 200):min(len(t), hi + 120)].replace('\n', ' ')
    src = a['source']
    print(f"#{i} {a['document']} act={a['act']} direct={a['direct']} via={a['via']}")
    if src:
        ref = src.get('refersTo')
        print(f"   SOURCE: {src['text']} | kind: {src['kind']}" + (f" | refers to: {ref['text']}" if ref else ""))
    else:
        print("   SOURCE: None")
    print(f"   CUE: {a['cue']['text']} | CONTENT: {a['content']['text']}")
    print(f"   CONTEXT: {ctx}")
