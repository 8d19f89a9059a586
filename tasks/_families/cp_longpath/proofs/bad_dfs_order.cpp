// Wrong: prints the depth-first visiting order of the whole graph as if it were a path; after the first
// dead end the next vertex printed is not adjacent to the previous one, so every case is rejected.
#include <cstdio>
#include <vector>

using namespace std;

int n, m;
vector<vector<int>> adj;
vector<bool> seen;
vector<int> order;

void visit(int v) {
    seen[v] = true;
    order.push_back(v);
    for (int u : adj[v])
        if (!seen[u]) visit(u);
}

int main() {
    if (scanf("%d %d", &n, &m) != 2) return 0;
    adj.resize(n);
    for (int i = 0; i < m; i++) {
        int u, v, w;
        scanf("%d %d %d", &u, &v, &w);
        adj[u].push_back(v);
        adj[v].push_back(u);
    }
    seen.assign(n, false);
    visit(0);
    printf("%d\n", (int)order.size());
    for (int v : order) printf("%d\n", v);
    return 0;
}
