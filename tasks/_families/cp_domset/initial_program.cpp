// Minimum-weight dominating set (Frontier-CS style partial-score problem).
// Input: n m, then the n vertex weights, then m undirected edges "u v".
// Output: k, then k distinct vertices forming a set D such that every vertex is in D or adjacent to D.
// Objective: total weight of D, the smaller the better.
#include <cstdio>
#include <vector>

using namespace std;

static int n, m;
static vector<long long> weight;
static vector<vector<int>> adj;

// EVOLVE-BLOCK-START
vector<int> solve() {
    // every vertex: always dominating, never cheap
    vector<int> chosen(n);
    for (int v = 0; v < n; v++) chosen[v] = v;
    return chosen;
}
// EVOLVE-BLOCK-END

int main() {
    if (scanf("%d %d", &n, &m) != 2) return 0;
    weight.resize(n);
    for (auto& w : weight) scanf("%lld", &w);
    adj.assign(n, {});
    for (int i = 0; i < m; i++) {
        int u, v;
        scanf("%d %d", &u, &v);
        adj[u].push_back(v);
        adj[v].push_back(u);
    }
    vector<int> chosen = solve();
    printf("%d\n", (int)chosen.size());
    for (int v : chosen) printf("%d\n", v);
    return 0;
}
