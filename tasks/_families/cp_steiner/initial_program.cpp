// Steiner tree in graphs (Frontier-CS style partial-score problem).
// Input: n m t, then m weighted edges "u v w" (edge i = the i-th line, 0-based), then t terminal vertices.
// Output: k, then k distinct edge numbers that connect all the terminals.
// Objective: total weight of the chosen edges, the smaller the better.
#include <cstdio>
#include <vector>

using namespace std;

struct Edge {
    int u, v, w;
};

static int n, m, t;
static vector<Edge> edges;
static vector<int> terminals;

// EVOLVE-BLOCK-START
vector<int> solve() {
    // a breadth-first spanning tree of the whole graph from the first terminal: connects everything
    vector<vector<pair<int, int>>> adj(n);  // (neighbour, edge number)
    for (int i = 0; i < m; i++) {
        adj[edges[i].u].push_back({edges[i].v, i});
        adj[edges[i].v].push_back({edges[i].u, i});
    }
    vector<int> chosen, queue = {terminals[0]};
    vector<bool> seen(n, false);
    seen[terminals[0]] = true;
    for (size_t k = 0; k < queue.size(); k++)
        for (auto [u, i] : adj[queue[k]])
            if (!seen[u]) seen[u] = true, queue.push_back(u), chosen.push_back(i);
    return chosen;
}
// EVOLVE-BLOCK-END

int main() {
    if (scanf("%d %d %d", &n, &m, &t) != 3) return 0;
    edges.resize(m);
    for (auto& e : edges) scanf("%d %d %d", &e.u, &e.v, &e.w);
    terminals.resize(t);
    for (auto& x : terminals) scanf("%d", &x);
    vector<int> chosen = solve();
    printf("%d\n", (int)chosen.size());
    for (int i : chosen) printf("%d\n", i);
    return 0;
}
