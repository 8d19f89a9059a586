// Axial three-index assignment (Frontier-CS style partial-score problem).
// Input: n, then n * n lines: line i * n + j holds c[i][j][0] .. c[i][j][n-1].
// Output: two permutations p and q of 0..n-1 (first all of p, then all of q); the triples are (i, p[i], q[i]).
// Objective: sum over i of c[i][p[i]][q[i]], the smaller the better.
#include <cstdio>
#include <utility>
#include <vector>

using namespace std;

static int n;
static vector<vector<vector<long long>>> cost;

// EVOLVE-BLOCK-START
pair<vector<int>, vector<int>> solve() {
    // triple (i, i, i) for every i
    vector<int> p(n), q(n);
    for (int i = 0; i < n; i++) p[i] = q[i] = i;
    return {p, q};
}
// EVOLVE-BLOCK-END

int main() {
    if (scanf("%d", &n) != 1) return 0;
    cost.assign(n, vector<vector<long long>>(n, vector<long long>(n)));
    for (auto& plane : cost)
        for (auto& row : plane)
            for (auto& x : row) scanf("%lld", &x);
    auto [p, q] = solve();
    for (int i = 0; i < n; i++) printf("%d\n", p[i]);
    for (int i = 0; i < n; i++) printf("%d\n", q[i]);
    return 0;
}
