"""Attack: Returns infinite radii."""
from contain import Attack, contained

ATTACK = Attack(
    name="inf_result",
    task="circle_packing_26",
    reason=r"infinite",
    contained_by="evaluator checks: finite values only",
    program=r'''
def run():
    return {'centers': [[0.5, 0.5]] * 26, 'radii': [float('inf')] * 26}
''',
)


def test_inf_result(tmp_path):
    contained(ATTACK, tmp_path)
