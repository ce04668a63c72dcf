"""Round 3 draw: 30 stories of several documents, at random with a fixed seed, from each of two analyze outputs
(main and a branch) of the same corpus, leaving out every story that shares a document with a story judged in
rounds 1 and 2. Stories the two outputs hold alike (the same documents) are drawn and judged once.

    python3 docs/judgements/stories-polnear/make-corpus.py /tmp/pn/polnear.jsonl
    ./echotrace analyze /tmp/pn/polnear.jsonl --no-nlp --out MAIN_DIR      (main's launcher)
    ./echotrace analyze /tmp/pn/polnear.jsonl --no-nlp --out BRANCH_DIR    (the branch's)
    python3 docs/judgements/stories-polnear/draw-round3.py MAIN_DIR/report.json BRANCH_DIR/report.json

Prints a markdown table per output (story, documents as `date outlet - title`, an empty judgement) and, for
each story drawn from one output, how the other output holds its documents."""
import json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261206
SAMPLE = 30


def judged_titles():
    """The `date outlet - title` lines of the stories judged in rounds 1 and 2."""
    lines = set()
    for name in ('round1-before.md', 'round2-after.md'):
        for row in open(os.path.join(HERE, name), encoding='utf-8'):
            if re.match(r'\| s[0-9]', row):
                lines.update(m.strip() for m in row.split('|')[2].split('<br>'))
    return lines


def load(path):
    report = json.load(open(path, encoding='utf-8'))
    docs = {d['id']: d for d in report['documents']}
    return docs, [s for s in report['stories'] if len(s['documents']) > 1]


def line(d):
    return '%s %s - %s' % ((d.get('published') or '')[:10], d.get('outlet'), (d.get('title') or '').strip()[:140])


def members(story, docs):
    return sorted((line(docs[i]) for i in story['documents']), key=lambda l: l[:10])


def main(main_report, branch_report):
    seen = judged_titles()
    outputs = {'main': load(main_report), 'branch': load(branch_report)}
    drawn = {}
    for name, (docs, stories) in outputs.items():
        fresh = [s for s in stories if not any(line(docs[i]) in seen for i in s['documents'])]
        print('%s: %d stories of several documents, %d share no document with rounds 1-2'
              % (name, len(stories), len(fresh)), file=sys.stderr)
        rng = random.Random(SEED)
        drawn[name] = rng.sample(sorted(fresh, key=lambda s: sorted(s['documents'])), min(SAMPLE, len(fresh)))
    for name, other in (('main', 'branch'), ('branch', 'main')):
        docs = outputs[name][0]
        story_of = {i: s['id'] for s in outputs[other][1] for i in s['documents']}
        other_sets = {frozenset(s['documents']) for s in outputs[other][1]}
        print('\n## Drawn from %s\n' % name)
        print('| story | documents (date, outlet, title) | same in %s | judged | why |' % other)
        print('|---|---|---|---|---|')
        for s in drawn[name]:
            held = sorted({story_of.get(i, 'alone') for i in s['documents']})
            same = 'same' if frozenset(s['documents']) in other_sets else \
                ('within ' + held[0]) if len(held) == 1 and held[0] != 'alone' else 'split: ' + ' '.join(held)
            print('| %s | %s | %s | | |' % (s['id'], '<br>'.join(members(s, docs)), same))


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
