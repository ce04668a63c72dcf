"""Probe (not used by the code): do the headlines of a judged story's documents share a word that is rare in
the corpus? For every story judged in round1-before.md and round2-after.md, the largest IDF (over the 924 texts
of make-corpus.py's corpus) of a content word that two members' headlines share, and the smallest over
the pairs. Run from the repository root after
`python3 docs/judgements/stories-polnear/make-corpus.py /tmp/pn/polnear.jsonl`:
    python3 docs/judgements/stories-polnear/headline-probe.py
Prints one line per judged story, by that largest IDF."""
import json,re,math,collections,sys
docs=[json.loads(l) for l in open('/tmp/pn/polnear.jsonl')]
def words(t): return [w.lower().rstrip("s") if len(w)>4 else w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'’\-]+",t)]
stop=set("the a an and or of to in on for with at by from as is are was were be been his her their its it this that these those he she they we you i not but who what when how why after before over into about just than then has have had will would could should can may more most new says said say".split())
df=collections.Counter()
for d in docs: df.update(set(words(d['text'])+words(d.get('title') or '')))
N=len(docs)
idf=lambda w: math.log(N/(1+df[w]))
def tw(t): return set(w for w in words(t) if w not in stop and len(w)>=3)
rows=[]
for f in ['round1-before.md','round2-after.md']:
  for line in open('docs/judgements/stories-polnear/'+f):
    if not re.match(r'\| s[0-9]', line): continue
    c=[x.strip() for x in line.split('|')]
    sid,members,judged=c[1],c[2],c[3]
    titles=[re.sub(r'^\S+ \S+ - ','',m) for m in members.split('<br>')]
    best=[]
    for i in range(len(titles)):
      for j in range(i+1,len(titles)):
        sh=tw(titles[i])&tw(titles[j])
        best.append(max([idf(w) for w in sh],default=0))
    best=best or [0]; rows.append((f[:6],sid,judged,len(titles),max(best),min(best), titles))
for r in sorted(rows,key=lambda r:r[4]): print(r[0],r[1],r[2][:6],r[3],'%.2f %.2f'%(r[4],r[5]), ' | '.join(t[:50] for t in r[6]))
