// Uncapacitated facility location (Frontier-CS style partial-score problem).
// Input: m n, then the m opening costs, then an m x n matrix: c[i][j] = cost of serving customer j from
// facility i.
// Output: k >= 1, then k distinct facilities to open; each customer is served by its cheapest open one.
// Objective: sum of the opening costs of the open facilities plus, for every customer, the cost of its
// cheapest open facility; the smaller the better.
#include <cstdio>
#include <vector>

using namespace std;

static int m, n;
static vector<long long> opening;
static vector<vector<long long>> cost;

// EVOLVE-BLOCK-START
vector<int> solve() {
    // open every facility: each customer gets its cheapest one, whatever the opening costs
    vector<int> chosen(m);
    for (int i = 0; i < m; i++) chosen[i] = i;
    return chosen;
}
// EVOLVE-BLOCK-END

int main() {
    if (scanf("%d %d", &m, &n) != 2) return 0;
    opening.resize(m);
    for (auto& f : opening) scanf("%lld", &f);
    cost.assign(m, vector<long long>(n));
    for (auto& row : cost)
        for (auto& c : row) scanf("%lld", &c);
    vector<int> chosen = solve();
    printf("%d\n", (int)chosen.size());
    for (int i : chosen) printf("%d\n", i);
    return 0;
}
