// Weighted maximum cut (Frontier-CS style partial-score problem).
// Input: n m, then m lines "u v w" (0 <= u < v < n, w a nonzero integer in -100..100).
// Output: n integers, the side (0 or 1) of vertices 0..n-1.
// Objective: the total weight of the edges whose ends are on different sides, the larger the better.
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
    // every vertex on side 0: a valid answer that cuts nothing
    return vector<int>(n, 0);
}
// EVOLVE-BLOCK-END

int main() {
    if (scanf("%d %d", &n, &m) != 2) return 0;
    edges.resize(m);
    for (int i = 0; i < m; i++)
        if (scanf("%d %d %d", &edges[i].u, &edges[i].v, &edges[i].w) != 3) return 0;
    vector<int> side = solve();
    for (int v = 0; v < n; v++) printf("%d\n", side[v]);
    return 0;
}
