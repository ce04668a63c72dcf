"""PolNeAR train + dev as one JSON Lines corpus with titles, outlets and dates: python3 make-corpus.py OUT.jsonl"""
import csv, json, os, sys

DATA = os.path.join(os.path.dirname(__file__), '../../../../shared/data/polnear')
meta = {r['filename']: r for r in csv.DictReader(open(os.path.join(DATA, 'metadata.tsv')), delimiter='\t')}
with open(sys.argv[1], 'w') as out:
    for part in ('train', 'dev'):
        folder = os.path.join(DATA, part, 'text')
        for name in sorted(os.listdir(folder)):
            m = meta.get(name[:-4])
            if m:
                text = open(os.path.join(folder, name), encoding='utf-8').read()
                out.write(json.dumps({'id': name[:-4], 'title': m['title'], 'outlet': m['publisher'],
                                      'published': m['publication_date'], 'text': text}) + '\n')
