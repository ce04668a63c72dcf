# PolNeAR train files named in no judgement file under docs/judgements, the folders in `skip` left out (a round's
# own folder and those of later rounds, so that its draw stays what it was). Shared by the label rounds' draw.py
# scripts; run them from the repository root.
import glob, os, re


def unused_train_files(skip):
    root = 'docs/judgements'
    pat = re.compile(r'[a-z][a-z-]*_\d{4}-\d{2}-\d{2}_[A-Za-z0-9_-]+')
    used = set()
    for f in glob.glob(root + '/**/*', recursive=True):
        if os.path.isfile(f) and not any(folder in f for folder in skip):
            used.update(m.rstrip('-_') for m in pat.findall(open(f, errors='ignore').read()))
    train = sorted(os.path.basename(p) for p in glob.glob('../shared/data/polnear/train/text/*.txt'))

    def seen(name):
        stem = name[:-4]
        return any(stem == u or (len(u) >= 20 and stem.startswith(u)) for u in used)

    rest = [n for n in train if not seen(n)]
    print(len(train), 'train files;', len(used), 'names in judgement files;', len(rest), 'never used')
    return rest
