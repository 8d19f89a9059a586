"""Attack: Prints a fake metrics dict and exits before returning."""
from contain import Attack, contained

ATTACK = Attack(
    name="fake_score_on_stdout",
    task="circle_packing_26",
    reason=r"program exited \(code 0\) before returning a result",
    contained_by="scores come only from the evaluator; stdout is ignored",
    program=r'''
import json
import os


def run():
    print(json.dumps({'combined_score': 1e9, 'validity': 1.0}), flush=True)
    os._exit(0)
''',
)


def test_fake_score_on_stdout(tmp_path):
    contained(ATTACK, tmp_path)
