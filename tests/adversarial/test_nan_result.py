"""Attack: Returns NaN coordinates."""
from contain import Attack, contained

ATTACK = Attack(
    name="nan_result",
    task="circle_packing_26",
    reason=r"NaN",
    contained_by="evaluator checks: finite values only",
    program=r'''
def run():
    return {'centers': [[float('nan'), 0.5]] * 26, 'radii': [0.1] * 26}
''',
)


def test_nan_result(tmp_path):
    contained(ATTACK, tmp_path)
