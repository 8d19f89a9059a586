// Graph colouring with few colours (Frontier-CS style partial-score problem).
// Input: n m, then m lines "u v" (0 <= u < v < n): the edges of an undirected graph.
// Output: n integers, the colour (1..n) of vertices 0..n-1; the two ends of every edge must differ.
// Objective: the number of distinct colours used, the fewer the better.
#include <cstdio>
#include <vector>

using namespace std;

static int n, m;
static vector<vector<int>> adj;

// EVOLVE-BLOCK-START
vector<int> solve() {
    // every vertex gets a colour of its own: always proper, never good
    vector<int> colour(n);
    for (int v = 0; v < n; v++) colour[v] = v + 1;
    return colour;
}
// EVOLVE-BLOCK-END

int main() {
    if (scanf("%d %d", &n, &m) != 2) return 0;
    adj.assign(n, {});
    for (int i = 0; i < m; i++) {
        int u, v;
        if (scanf("%d %d", &u, &v) != 2) return 0;
        adj[u].push_back(v);
        adj[v].push_back(u);
    }
    vector<int> colour = solve();
    for (int v = 0; v < n; v++) printf("%d\n", colour[v]);
    return 0;
}
