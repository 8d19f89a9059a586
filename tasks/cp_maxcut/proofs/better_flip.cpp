// Greedy placement followed by single-vertex flips while any flip increases the cut: a local optimum,
// which beats the seed's empty cut.
#include <cstdio>
#include <vector>

using namespace std;

int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    vector<vector<pair<int, int>>> adj(n);
    for (int i = 0; i < m; i++) {
        int u, v, w;
        if (scanf("%d %d %d", &u, &v, &w) != 3) return 0;
        adj[u].push_back({v, w});
        adj[v].push_back({u, w});
    }
    vector<int> side(n, -1);
    for (int v = 0; v < n; v++) {
        long long towards[2] = {0, 0};
        for (auto [u, w] : adj[v])
            if (side[u] >= 0) towards[side[u]] += w;
        side[v] = towards[0] > towards[1] ? 1 : 0;
    }
    for (bool changed = true; changed;) {
        changed = false;
        for (int v = 0; v < n; v++) {
            long long gain = 0;
            for (auto [u, w] : adj[v]) gain += side[u] == side[v] ? w : -w;
            if (gain > 0) {
                side[v] ^= 1;
                changed = true;
            }
        }
    }
    for (int v = 0; v < n; v++) printf("%d\n", side[v]);
    return 0;
}
