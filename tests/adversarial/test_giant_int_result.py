"""Attack: Returns 350-digit integers as coordinates: valid JSON that no float can hold."""
from contain import Attack, contained

ATTACK = Attack(
    name="giant_int_result",
    task="circle_packing_26",
    reason=r"^centers contains a number too large for a float$",
    contained_by="as_array: OverflowError is a one-line invalid result",
    program=r'''
def run():
    big = 10**350
    return {'centers': [[big, big]] * 26, 'radii': [0.0] * 26}
''',
)


def test_giant_int_result(tmp_path):
    contained(ATTACK, tmp_path)
