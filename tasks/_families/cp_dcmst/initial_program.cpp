// Degree-constrained minimum spanning tree (Frontier-CS style partial-score problem).
// Input: n D, then the n x n weight matrix w (symmetric, zero diagonal) of the complete graph.
// Output: n - 1 edges `u v` forming a spanning tree in which every vertex has at most D edges.
// Objective: total weight of the tree's edges, the smaller the better.
#include <cstdio>
#include <utility>
#include <vector>

using namespace std;

static int n, D;
static vector<vector<long long>> w;

// EVOLVE-BLOCK-START
vector<pair<int, int>> solve() {
    // the path 0 - 1 - 2 - ... - (n-1)
    vector<pair<int, int>> edges;
    for (int v = 1; v < n; v++) edges.push_back({v - 1, v});
    return edges;
}
// EVOLVE-BLOCK-END

int main() {
    if (scanf("%d %d", &n, &D) != 2) return 0;
    w.assign(n, vector<long long>(n));
    for (auto& row : w)
        for (auto& x : row) scanf("%lld", &x);
    vector<pair<int, int>> edges = solve();
    for (auto [u, v] : edges) printf("%d %d\n", u, v);
    return 0;
}
