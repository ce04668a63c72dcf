# Round 10 draw: PolNeAR train files never named in any earlier judgement file (docs/judgements/**, this
# folder left out). Run from the repository root: python3 docs/judgements/round10-labels/draw.py
import glob, os, random, re
root = 'docs/judgements'
pat = re.compile(r'[a-z][a-z-]*_\d{4}-\d{2}-\d{2}_[A-Za-z0-9_-]+')
used = set()
for f in glob.glob(root + '/**/*', recursive=True):
    if os.path.isfile(f) and 'round10-labels' not in f:
        used.update(m.rstrip('-_') for m in pat.findall(open(f, errors='ignore').read()))
train = sorted(os.path.basename(p) for p in glob.glob('../shared/data/polnear/train/text/*.txt'))
def seen(name):
    stem = name[:-4]
    return any(stem == u or (len(u) >= 20 and stem.startswith(u)) for u in used)
rest = [n for n in train if not seen(n)]
print(len(train), 'train files;', len(used), 'names in judgement files;', len(rest), 'never used')
random.seed(20261211)
pick = sorted(random.sample(rest, 240))
open('docs/judgements/round10-labels/files.txt', 'w').write('\n'.join(pick) + '\n')
print(pick[:3])
