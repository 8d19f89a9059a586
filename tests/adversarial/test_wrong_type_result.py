"""Attack: Returns a string that looks like a score."""
from contain import Attack, contained

ATTACK = Attack(
    name="wrong_type_result",
    task="circle_packing_26",
    reason=r"must return",
    contained_by="evaluator type checks",
    program=r'''
def run():
    return '{"combined_score": 1e9}'
''',
)


def test_wrong_type_result(tmp_path):
    contained(ATTACK, tmp_path)
