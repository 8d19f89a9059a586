// Max-sum diversity (Frontier-CS style partial-score problem).
// Input: n m, then the n x n distance matrix d (symmetric, zero diagonal).
// Output: m distinct items in 0..n-1.
// Objective: sum of d[i][j] over the pairs of chosen items, the larger the better.
#include <cstdio>
#include <vector>

using namespace std;

static int n, m;
static vector<vector<long long>> d;

// EVOLVE-BLOCK-START
vector<int> solve() {
    // the first m items
    vector<int> chosen(m);
    for (int i = 0; i < m; i++) chosen[i] = i;
    return chosen;
}
// EVOLVE-BLOCK-END

int main() {
    if (scanf("%d %d", &n, &m) != 2) return 0;
    d.assign(n, vector<long long>(n));
    for (auto& row : d)
        for (auto& x : row) scanf("%lld", &x);
    vector<int> chosen = solve();
    for (int i : chosen) printf("%d\n", i);
    return 0;
}
