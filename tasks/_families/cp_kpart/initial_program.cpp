// Balanced k-way graph partitioning (Frontier-CS style partial-score problem).
// Input: n m k cap, then m undirected weighted edges "u v w".
// Output: n integers, the part (0..k-1) of each vertex; no part may hold more than cap vertices.
// Objective: total weight of the edges between different parts (the cut), the smaller the better.
#include <cstdio>
#include <vector>

using namespace std;

struct Edge {
    int u, v, w;
};

static int n, m, k, cap;
static vector<Edge> edges;

// EVOLVE-BLOCK-START
vector<int> solve() {
    // deal the vertices round-robin: balanced, but blind to the edges
    vector<int> part(n);
    for (int v = 0; v < n; v++) part[v] = v % k;
    return part;
}
// EVOLVE-BLOCK-END

int main() {
    if (scanf("%d %d %d %d", &n, &m, &k, &cap) != 4) return 0;
    edges.resize(m);
    for (auto& e : edges) scanf("%d %d %d", &e.u, &e.v, &e.w);
    vector<int> part = solve();
    for (int v = 0; v < n; v++) printf("%d\n", part[v]);
    return 0;
}
