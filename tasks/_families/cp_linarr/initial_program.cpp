// Minimum linear arrangement (Frontier-CS style partial-score problem).
// Input: n m, then m undirected weighted edges "u v w" (a connected graph).
// Output: the n vertices in order, first to last (a permutation of 0..n-1).
// Objective: sum over the edges of w * |pos(u) - pos(v)|, the smaller the better.
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
    // the vertices in label order
    vector<int> order(n);
    for (int i = 0; i < n; i++) order[i] = i;
    return order;
}
// EVOLVE-BLOCK-END

int main() {
    if (scanf("%d %d", &n, &m) != 2) return 0;
    edges.resize(m);
    for (auto& e : edges) scanf("%d %d %d", &e.u, &e.v, &e.w);
    vector<int> order = solve();
    for (int i = 0; i < n; i++) printf("%d\n", order[i]);
    return 0;
}
