// Wrong: greedy label propagation that ignores the capacity: each vertex joins the part holding most of its
// placed neighbours' weight (ties to the lowest part), so everything ends in part 0, over the capacity.
#include <cstdio>
#include <vector>

using namespace std;

int main() {
    int n, m, k, cap;
    if (scanf("%d %d %d %d", &n, &m, &k, &cap) != 4) return 0;
    vector<vector<pair<int, int>>> adj(n);
    for (int i = 0; i < m; i++) {
        int u, v, w;
        scanf("%d %d %d", &u, &v, &w);
        adj[u].push_back({v, w});
        adj[v].push_back({u, w});
    }
    vector<int> part(n, -1);
    for (int v = 0; v < n; v++) {
        vector<long long> pull(k, 0);
        for (auto [u, w] : adj[v])
            if (part[u] >= 0) pull[part[u]] += w;
        int best = 0;
        for (int p = 1; p < k; p++)
            if (pull[p] > pull[best]) best = p;
        part[v] = best;
    }
    for (int v = 0; v < n; v++) printf("%d\n", part[v]);
    return 0;
}
