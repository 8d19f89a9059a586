// Wrong: a breadth-first order that forgets to mark the start vertex as visited, so the start is printed a
// second time (n + 1 tokens) and every case is malformed.
#include <cstdio>
#include <vector>

using namespace std;

int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    vector<vector<int>> adj(n);
    for (int i = 0; i < m; i++) {
        int u, v, w;
        scanf("%d %d %d", &u, &v, &w);
        adj[u].push_back(v);
        adj[v].push_back(u);
    }
    vector<int> order = {0};
    vector<bool> seen(n, false);
    for (size_t k = 0; k < order.size(); k++)
        for (int u : adj[order[k]])
            if (!seen[u]) seen[u] = true, order.push_back(u);
    for (int v : order) printf("%d\n", v);
    return 0;
}
