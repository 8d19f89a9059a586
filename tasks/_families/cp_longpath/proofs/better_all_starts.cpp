// The heaviest-edge greedy walk from every start vertex, each grown at both ends; the heaviest path.
// Deterministic.
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace std;

int n, m;
vector<vector<pair<int, int>>> adj;  // (neighbour, weight)

vector<int> walk(int start, long long& total) {
    vector<bool> seen(n, false);
    vector<int> path = {start};
    seen[start] = true;
    total = 0;
    for (int side = 0; side < 2; side++) {
        while (true) {
            int v = path.back(), next = -1, best = -1;
            for (auto [u, w] : adj[v])
                if (!seen[u] && w > best) best = w, next = u;
            if (next < 0) break;
            seen[next] = true;
            path.push_back(next);
            total += best;
        }
        reverse(path.begin(), path.end());
    }
    return path;
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
    vector<int> best;
    long long best_total = -1;
    for (int s = 0; s < n; s++) {
        long long total;
        vector<int> path = walk(s, total);
        if (total > best_total) best_total = total, best = path;
    }
    printf("%d\n", (int)best.size());
    for (int v : best) printf("%d\n", v);
    return 0;
}
