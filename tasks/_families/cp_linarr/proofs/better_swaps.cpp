// Breadth-first order from a least-degree vertex (neighbours by increasing degree), then first-improvement
// swaps of two vertices' places until no swap lowers the cost. Deterministic.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace std;

int n, m;
vector<vector<pair<int, int>>> adj;  // (neighbour, weight)
vector<int> pos, order;

long long at(int v, int place, int other) {  // cost of v's edges with v at `place`, `other` moved to v's place
    long long sum = 0;
    for (auto [u, w] : adj[v]) sum += (long long)w * abs(place - (u == other ? pos[v] : pos[u]));
    return sum;
}

int main() {
    if (scanf("%d %d", &n, &m) != 2) return 0;
    adj.resize(n);
    for (int i = 0; i < m; i++) {
        int u, v, w;
        scanf("%d %d %d", &u, &v, &w);
        adj[u].push_back({v, w});
        adj[v].push_back({u, w});
    }
    int start = 0;
    for (int v = 0; v < n; v++)
        if (adj[v].size() < adj[start].size()) start = v;
    vector<bool> seen(n, false);
    order = {start};
    seen[start] = true;
    for (size_t k = 0; k < order.size(); k++) {
        vector<int> next;
        for (auto [u, w] : adj[order[k]])
            if (!seen[u]) seen[u] = true, next.push_back(u);
        stable_sort(next.begin(), next.end(), [](int a, int b) { return adj[a].size() < adj[b].size(); });
        order.insert(order.end(), next.begin(), next.end());
    }
    for (int v = 0; v < n; v++)
        if (!seen[v]) order.push_back(v);
    pos.assign(n, 0);
    for (int i = 0; i < n; i++) pos[order[i]] = i;
    for (bool improved = true; improved;) {
        improved = false;
        for (int a = 0; a < n; a++)
            for (int b = a + 1; b < n; b++) {
                int u = order[a], v = order[b];
                long long before = at(u, a, -1) + at(v, b, -1);
                long long after = at(u, b, v) + at(v, a, u);
                if (after < before) {
                    swap(order[a], order[b]);
                    pos[u] = b, pos[v] = a;
                    improved = true;
                }
            }
    }
    for (int v : order) printf("%d\n", v);
    return 0;
}
