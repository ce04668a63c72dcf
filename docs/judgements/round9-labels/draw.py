# Round 9 draw: PolNeAR train files never named in any earlier judgement file (docs/judgements/**, this
# folder left out). Run from the repository root: python3 docs/judgements/round9-labels/draw.py
import random, sys
sys.path.insert(0, 'docs/judgements/tools')
from unused_train import unused_train_files
# round 10's folder (drawn later) left out too, so that this draw stays what it was
rest = unused_train_files(['round9-labels', 'round10-labels'])
random.seed(20261209)
pick = sorted(random.sample(rest, 150))
open('docs/judgements/round9-labels/files-a.txt', 'w').write('\n'.join(pick) + '\n')
print(pick[:3])
# second draw (the first 150 gave 29 evaluative labels on the branch, fewer than the ~35 wanted): 60 more from
# the files left after the first draw
rest2 = [n for n in rest if n not in set(pick)]
random.seed(20261210)
pick2 = sorted(random.sample(rest2, 60))
open('docs/judgements/round9-labels/files-b.txt', 'w').write('\n'.join(pick2) + '\n')
print(len(rest2), 'left;', len(pick2), 'more drawn')
