# Round 10's documents (run from the repository root): the ECB+ documents read in no earlier round. Round 9's script
# re-makes the draws of rounds 1-3 and its own 30 (and checks them); what is left of its 376 after those 30 is written
# to /tmp/ecb346.jsonl, the text main and attr8 are both run over.
import json, runpy
r9 = runpy.run_path('docs/judgements/round9-attributions/draw-documents.py')
rest = [d for d in r9['rest'] if d not in r9['pick']]
with open('/tmp/ecb346.jsonl', 'w') as f:
    for d in rest:
        f.write(json.dumps(d) + '\n')
print(len(rest))
