// Prim's algorithm restricted to tree vertices with fewer than D edges, then rounds of first-improvement
// edge exchange: drop a tree edge and reconnect the two parts by the cheapest edge whose ends still have
// room, until no exchange lowers the weight. Deterministic.
#include <cstdio>
#include <utility>
#include <vector>

using namespace std;

static int n, D;
static vector<vector<long long>> w;

int main() {
    if (scanf("%d %d", &n, &D) != 2) return 0;
    w.assign(n, vector<long long>(n));
    for (auto& row : w)
        for (auto& x : row) scanf("%lld", &x);
    vector<int> deg(n, 0);
    vector<char> in(n, 0);
    vector<pair<int, int>> edges;
    in[0] = 1;
    for (int step = 1; step < n; step++) {
        int bu = -1, bv = -1;
        for (int u = 0; u < n; u++) {
            if (!in[u] || deg[u] >= D) continue;
            for (int v = 0; v < n; v++)
                if (!in[v] && (bu < 0 || w[u][v] < w[bu][bv])) bu = u, bv = v;
        }
        edges.push_back({bu, bv});
        in[bv] = 1, deg[bu]++, deg[bv]++;
    }
    vector<char> side(n);
    vector<vector<int>> adj(n);
    for (bool improved = true; improved;) {
        improved = false;
        for (int t = 0; t < n - 1; t++) {
            for (auto& a : adj) a.clear();
            for (int s = 0; s < n - 1; s++)
                if (s != t) adj[edges[s].first].push_back(edges[s].second), adj[edges[s].second].push_back(edges[s].first);
            fill(side.begin(), side.end(), 0);
            vector<int> stack = {edges[t].first};
            side[edges[t].first] = 1;
            while (!stack.empty()) {
                int x = stack.back();
                stack.pop_back();
                for (int y : adj[x])
                    if (!side[y]) side[y] = 1, stack.push_back(y);
            }
            auto [u, v] = edges[t];
            deg[u]--, deg[v]--;
            int bx = u, by = v;
            for (int x = 0; x < n; x++) {
                if (!side[x] || deg[x] >= D) continue;
                for (int y = 0; y < n; y++)
                    if (!side[y] && deg[y] < D && w[x][y] < w[bx][by]) bx = x, by = y;
            }
            if (bx != u || by != v) improved = true;
            edges[t] = {bx, by};
            deg[bx]++, deg[by]++;
        }
    }
    for (auto [u, v] : edges) printf("%d %d\n", u, v);
    return 0;
}
