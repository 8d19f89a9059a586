// GWMIN greedy (take vertices by weight / (degree + 1), heaviest ratio first) followed by (1,*)-swaps:
// put in any vertex heavier than its chosen neighbours together. Beats the seed's index-order greedy.
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace std;

int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    vector<int> weight(n);
    for (int v = 0; v < n; v++) scanf("%d", &weight[v]);
    vector<vector<int>> adj(n);
    for (int i = 0; i < m; i++) {
        int u, v;
        if (scanf("%d %d", &u, &v) != 2) return 0;
        adj[u].push_back(v);
        adj[v].push_back(u);
    }
    vector<int> order(n);
    for (int v = 0; v < n; v++) order[v] = v;
    sort(order.begin(), order.end(), [&](int a, int b) {
        return (long long)weight[a] * (adj[b].size() + 1) > (long long)weight[b] * (adj[a].size() + 1);
    });
    vector<char> taken(n, 0);
    auto blocked = [&](int v) {
        for (int u : adj[v])
            if (taken[u]) return true;
        return false;
    };
    for (int v : order)
        if (!blocked(v)) taken[v] = 1;
    for (bool changed = true; changed;) {
        changed = false;
        for (int v = 0; v < n; v++) {
            if (taken[v]) continue;
            long long lost = 0;
            for (int u : adj[v])
                if (taken[u]) lost += weight[u];
            if (weight[v] <= lost) continue;
            for (int u : adj[v]) taken[u] = 0;
            taken[v] = 1;
            for (int u : adj[v])
                for (int x : adj[u])
                    if (!taken[x] && !blocked(x)) taken[x] = 1;
            changed = true;
        }
    }
    vector<int> chosen;
    for (int v = 0; v < n; v++)
        if (taken[v]) chosen.push_back(v);
    printf("%d\n", (int)chosen.size());
    for (int v : chosen) printf("%d\n", v);
    return 0;
}
