# Round 9's documents (run from the repository root): the ECB+ documents not read in rounds 1-3 (their draws are
# re-made here and checked against their sample files), 30 of them drawn with random.seed(20261209) for the sample
# (/tmp/ecb30.jsonl), and all of them for the reading of what differs between two versions (/tmp/ecb376.jsonl).
import json, random
docs = [json.loads(l) for l in open('../shared/data/ecbplus-odd/ecbplus.jsonl')]

def draw(round_, seed, pool):
    random.seed(seed)
    chosen = random.sample(pool, 40)
    used = {json.loads(l)['document'] for l in open(f'docs/judgements/round{round_}/attribution-sample.jsonl')}
    assert used <= {d['id'] for d in chosen}, round_
    return chosen

s1 = draw(1, 20261201, docs)
rest = [d for d in docs if d not in s1]
s2 = draw(2, 20261202, rest)
rest = [d for d in rest if d not in s2]
s3 = draw(3, 20261203, rest)
assert {d['id'] for d in s3} == {json.loads(l)['id'] for l in open('docs/judgements/round3/sample-documents.jsonl')}
used = {d['id'] for d in s1 + s2 + s3}
rest = [d for d in docs if d['id'] not in used]
random.seed(20261209)
pick = random.sample(rest, 30)
for name, chosen in (('/tmp/ecb30.jsonl', pick), ('/tmp/ecb376.jsonl', rest)):
    with open(name, 'w') as f:
        for d in chosen:
            f.write(json.dumps(d) + '\n')
print(len(rest), [d['id'] for d in pick])
