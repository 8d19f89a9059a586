// Maximum-weight independent set (Frontier-CS style partial-score problem).
// Input: n m, then n vertex weights, then m lines "u v" (0 <= u < v < n): the edges of an undirected graph.
// Output: k, then k distinct vertex indices, no two of them joined by an edge.
// Objective: the total weight of the chosen vertices, the larger the better.
#include <cstdio>
#include <vector>

using namespace std;

static int n, m;
static vector<int> weight;
static vector<vector<int>> adj;

// EVOLVE-BLOCK-START
vector<int> solve() {
    // take vertices in index order whenever no neighbour is taken yet
    vector<char> taken(n, 0);
    vector<int> chosen;
    for (int v = 0; v < n; v++) {
        bool free_ = true;
        for (int u : adj[v])
            if (taken[u]) free_ = false;
        if (free_) {
            taken[v] = 1;
            chosen.push_back(v);
        }
    }
    return chosen;
}
// EVOLVE-BLOCK-END

int main() {
    if (scanf("%d %d", &n, &m) != 2) return 0;
    weight.resize(n);
    adj.assign(n, {});
    for (int v = 0; v < n; v++) scanf("%d", &weight[v]);
    for (int i = 0; i < m; i++) {
        int u, v;
        if (scanf("%d %d", &u, &v) != 2) return 0;
        adj[u].push_back(v);
        adj[v].push_back(u);
    }
    vector<int> chosen = solve();
    printf("%d\n", (int)chosen.size());
    for (int v : chosen) printf("%d\n", v);
    return 0;
}
