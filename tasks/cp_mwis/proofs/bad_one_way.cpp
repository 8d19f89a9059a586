// Wrong: greedy by weight over an adjacency list that stores each edge "u v" only at u, so a vertex never
// sees its lower-numbered neighbours; two joined vertices end up chosen and every case is infeasible.
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
    }
    vector<int> order(n);
    for (int v = 0; v < n; v++) order[v] = v;
    stable_sort(order.begin(), order.end(), [&](int a, int b) { return weight[a] > weight[b]; });
    vector<char> taken(n, 0);
    vector<int> chosen;
    for (int v : order) {
        bool free_ = true;
        for (int u : adj[v])
            if (taken[u]) free_ = false;
        if (free_) {
            taken[v] = 1;
            chosen.push_back(v);
        }
    }
    printf("%d\n", (int)chosen.size());
    for (int v : chosen) printf("%d\n", v);
    return 0;
}
