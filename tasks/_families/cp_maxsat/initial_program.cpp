// Weighted MAX-SAT (Frontier-CS style partial-score problem).
// Input: n m, then m clauses `w k l_1 .. l_k` (weight w, k literals; +v is variable v, -v its negation).
// Output: n values x_1 .. x_n, each 0 or 1.
// Objective: total weight of the clauses with at least one true literal, the larger the better.
#include <cstdio>
#include <vector>

using namespace std;

static int n, m;
static vector<long long> weight;
static vector<vector<int>> clauses;  // literals of each clause

// EVOLVE-BLOCK-START
vector<int> solve() {
    // every variable false
    return vector<int>(n, 0);
}
// EVOLVE-BLOCK-END

int main() {
    if (scanf("%d %d", &n, &m) != 2) return 0;
    weight.assign(m, 0);
    clauses.assign(m, {});
    for (int c = 0; c < m; c++) {
        int k;
        scanf("%lld %d", &weight[c], &k);
        clauses[c].resize(k);
        for (int& lit : clauses[c]) scanf("%d", &lit);
    }
    vector<int> x = solve();
    for (int v = 0; v < n; v++) printf("%d\n", x[v]);
    return 0;
}
