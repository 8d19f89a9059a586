// Quadratic assignment (Frontier-CS style partial-score problem).
// Input: n, then the n x n flow matrix F, then the n x n distance matrix D (symmetric, zero diagonals).
// Output: a permutation p of 0..n-1 (facility i goes to location p[i]).
// Objective: sum over all ordered pairs (i, j) of F[i][j] * D[p[i]][p[j]], the smaller the better.
#include <cstdio>
#include <vector>

using namespace std;

static int n;
static vector<vector<long long>> flow, dist;

// EVOLVE-BLOCK-START
vector<int> solve() {
    // facility i at location i
    vector<int> p(n);
    for (int i = 0; i < n; i++) p[i] = i;
    return p;
}
// EVOLVE-BLOCK-END

int main() {
    if (scanf("%d", &n) != 1) return 0;
    flow.assign(n, vector<long long>(n));
    dist.assign(n, vector<long long>(n));
    for (auto& row : flow)
        for (auto& x : row) scanf("%lld", &x);
    for (auto& row : dist)
        for (auto& x : row) scanf("%lld", &x);
    vector<int> p = solve();
    for (int i = 0; i < n; i++) printf("%d\n", p[i]);
    return 0;
}
