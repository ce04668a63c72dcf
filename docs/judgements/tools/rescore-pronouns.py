# Re-scores the pronoun sources judged in rounds 1-2 against a new report (a development check, not a reading):
# ./echotrace analyze DOCS.jsonl --out OUT  (DOCS: the ECB+ documents of both rounds), then
# python3 docs/judgements/tools/rescore-pronouns.py OUT
# Items are matched to the new attributions by document, pronoun, cue and the nearest position to the
# judged context, so a few may match another "he said" of the same article.
import json,sys,csv,re
out=sys.argv[1]
r=json.load(open(out+'/report.json'))
texts={d['id']:d['text'] for d in r['documents']}
preds={}
for a in r['attributions']:
    s=a['source']
    if not s or s['text'].lower() not in ('he','she','it','they','him','her','them'): continue
    ref=s.get('refersTo')
    preds.setdefault(a['document'],[]).append((s['start'],s['text'].lower(),a['cue']['text'],ref['text'] if ref else None))
tot=right=wrong=unres=missing=0; rows=[]
for rnd in ['round1','round2']:
    samp={json.loads(l)['item']:json.loads(l) for l in open(f'docs/judgements/{rnd}/pronoun-sample.jsonl')}
    for row in csv.DictReader(open(f'docs/judgements/{rnd}/pronoun-judgements.tsv'),delimiter='\t'):
        it=samp[int(row['item'])]; doc=row['document']; text=texts.get(doc,'')
        ctx=it['context']; pos=text.find(ctx)
        if pos<0: pos=text.find(ctx[len(ctx)//3:len(ctx)*2//3])
        cands=[p for p in preds.get(doc,[]) if p[1]==row['pronoun'].lower() and p[2]==it['cue']]
        correct=row['correct_referent']; tot+=1
        if not cands: missing+=1; rows.append(('MISSING',doc,row['pronoun'],it['cue'],correct)); continue
        occ=[m.start() for m in re.finditer(r'\b'+re.escape(row['pronoun'])+r'\b', ctx)]
        off=min(occ,key=lambda o:abs(o-len(ctx)//2)) if occ else len(ctx)//2
        mid=pos+off if pos>=0 else 0
        got=min(cands,key=lambda p:abs(p[0]-mid))[3]
        if got is None: unres+=1; rows.append(('UNRES',doc,row['pronoun'],it['cue'],correct)); continue
        last=got.split()[-1].lower().strip("'s’,")
        ok= last in correct.lower() or got.lower() in correct.lower()
        if ok: right+=1
        else: wrong+=1; rows.append(('WRONG',doc,row['pronoun'],it['cue'],got,correct))
print(f"items {tot} right {right} wrong {wrong} unresolved {unres} missing {missing}  precision {right/max(1,right+wrong):.3f}")
for x in rows: print(x)
