# Round 10 draw: PolNeAR train files never named in any earlier judgement file (docs/judgements/**, this
# folder left out). Run from the repository root: python3 docs/judgements/round10-labels/draw.py
import random, sys
sys.path.insert(0, 'docs/judgements/tools')
from unused_train import unused_train_files
rest = unused_train_files(['round10-labels'])
random.seed(20261211)
pick = sorted(random.sample(rest, 240))
open('docs/judgements/round10-labels/files.txt', 'w').write('\n'.join(pick) + '\n')
print(pick[:3])
