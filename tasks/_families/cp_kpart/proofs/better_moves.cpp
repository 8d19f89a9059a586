// Breadth-first order cut into k consecutive chunks of ceil(n / k), then first-improvement local search:
// move a vertex into a part with room, or swap two vertices of different parts, while that lowers the cut.
// Deterministic.
#include <cstdio>
#include <vector>

using namespace std;

int main() {
    int n, m, k, cap;
    if (scanf("%d %d %d %d", &n, &m, &k, &cap) != 4) return 0;
    vector<vector<long long>> w(n, vector<long long>(n, 0));
    vector<vector<int>> adj(n);
    for (int i = 0; i < m; i++) {
        int u, v, x;
        scanf("%d %d %d", &u, &v, &x);
        w[u][v] += x, w[v][u] += x;
        adj[u].push_back(v), adj[v].push_back(u);
    }
    int start = 0;
    for (int v = 0; v < n; v++)
        if (adj[v].size() < adj[start].size()) start = v;
    vector<int> order = {start};
    vector<bool> seen(n, false);
    seen[start] = true;
    for (size_t i = 0; i < order.size(); i++)
        for (int u : adj[order[i]])
            if (!seen[u]) seen[u] = true, order.push_back(u);
    for (int v = 0; v < n; v++)
        if (!seen[v]) order.push_back(v);
    int chunk = (n + k - 1) / k;
    vector<int> part(n), size(k, 0);
    for (int i = 0; i < n; i++) part[order[i]] = i / chunk, size[i / chunk]++;
    vector<vector<long long>> conn(n, vector<long long>(k, 0));  // weight from v into each part
    for (int v = 0; v < n; v++)
        for (int u : adj[v]) conn[v][part[u]] += w[v][u];
    auto relocate = [&](int v, int p) {
        for (int u : adj[v]) conn[u][part[v]] -= w[u][v], conn[u][p] += w[u][v];
        size[part[v]]--, size[p]++;
        part[v] = p;
    };
    for (bool improved = true; improved;) {
        improved = false;
        for (int v = 0; v < n; v++)
            for (int p = 0; p < k; p++)
                if (p != part[v] && size[p] < cap && conn[v][p] > conn[v][part[v]]) relocate(v, p), improved = true;
        for (int a = 0; a < n; a++)
            for (int b = a + 1; b < n; b++) {
                int pa = part[a], pb = part[b];
                if (pa == pb) continue;
                long long gain = conn[a][pb] - conn[a][pa] + conn[b][pa] - conn[b][pb] - 2 * w[a][b];
                if (gain > 0) relocate(a, pb), relocate(b, pa), improved = true;
            }
    }
    for (int v = 0; v < n; v++) printf("%d\n", part[v]);
    return 0;
}
