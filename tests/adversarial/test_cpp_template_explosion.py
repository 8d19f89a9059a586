"""Attack: C++: exponentially many template instantiations."""
from contain import Attack, contained

ATTACK = Attack(
    name="cpp_template_explosion",
    task="heuristic_cpp",
    reason=r"^compile error",
    contained_by="compile timeout and RLIMIT_AS on g++",
    limit_s=6.0,
    program=r'''
template <int N, long M> struct T { static constexpr long v = T<N - 1, 2 * M>::v + T<N - 1, 2 * M + 1>::v; };
template <long M> struct T<0, M> { static constexpr long v = M; };
long x = T<40, 0>::v;
int main() { return 0; }
''',
)


def test_cpp_template_explosion(tmp_path):
    contained(ATTACK, tmp_path)
