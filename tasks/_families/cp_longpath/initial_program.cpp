// Longest simple path (Frontier-CS style partial-score problem).
// Input: n m, then m undirected weighted edges "u v w" (a connected graph).
// Output: k >= 1, then k distinct vertices, each joined to the next by an edge (a simple path).
// Objective: total weight of the path's edges, the larger the better.
#include <cstdio>
#include <vector>

using namespace std;

struct Edge {
    int u, v, w;
};

static int n, m;
static vector<Edge> edges;

// EVOLVE-BLOCK-START
vector<int> solve() {
    // the heaviest single edge
    int best = 0;
    for (int i = 1; i < m; i++)
        if (edges[i].w > edges[best].w) best = i;
    return {edges[best].u, edges[best].v};
}
// EVOLVE-BLOCK-END

int main() {
    if (scanf("%d %d", &n, &m) != 2) return 0;
    edges.resize(m);
    for (auto& e : edges) scanf("%d %d %d", &e.u, &e.v, &e.w);
    vector<int> path = solve();
    printf("%d\n", (int)path.size());
    for (int v : path) printf("%d\n", v);
    return 0;
}
