// Takahashi-Matsuyama: grow a tree from the first terminal, each time adding the shortest path from the
// tree to the nearest terminal outside it (multi-source Dijkstra from the tree); then a minimum spanning
// tree (Kruskal) of the edges among the tree's vertices, with non-terminal leaves pruned. Deterministic.
#include <algorithm>
#include <cstdio>
#include <numeric>
#include <queue>
#include <vector>

using namespace std;

int main() {
    int n, m, t;
    if (scanf("%d %d %d", &n, &m, &t) != 3) return 0;
    vector<int> eu(m), ev(m);
    vector<long long> ew(m);
    vector<vector<pair<int, int>>> adj(n);
    for (int i = 0; i < m; i++) {
        scanf("%d %d %lld", &eu[i], &ev[i], &ew[i]);
        adj[eu[i]].push_back({ev[i], i});
        adj[ev[i]].push_back({eu[i], i});
    }
    vector<int> terms(t);
    vector<bool> terminal(n, false), in(n, false);
    for (auto& x : terms) scanf("%d", &x), terminal[x] = true;
    in[terms[0]] = true;
    const long long INF = 1LL << 60;
    for (int added = 1; added < t;) {
        vector<long long> dist(n, INF);
        vector<int> via(n, -1);
        priority_queue<pair<long long, int>, vector<pair<long long, int>>, greater<>> heap;
        for (int v = 0; v < n; v++)
            if (in[v]) dist[v] = 0, heap.push({0, v});
        int target = -1;
        while (!heap.empty()) {
            auto [d, v] = heap.top();
            heap.pop();
            if (d > dist[v]) continue;
            if (terminal[v] && !in[v]) {
                target = v;
                break;
            }
            for (auto [u, i] : adj[v])
                if (d + ew[i] < dist[u]) dist[u] = d + ew[i], via[u] = i, heap.push({dist[u], u});
        }
        for (int v = target; !in[v];) {
            in[v] = true;
            int i = via[v];
            v = eu[i] == v ? ev[i] : eu[i];
        }
        added = 0;
        for (int x : terms) added += in[x];
    }
    vector<int> order, parent(n);
    for (int i = 0; i < m; i++)
        if (in[eu[i]] && in[ev[i]]) order.push_back(i);
    stable_sort(order.begin(), order.end(), [&](int a, int b) { return ew[a] < ew[b]; });
    iota(parent.begin(), parent.end(), 0);
    auto find = [&](int x) {
        while (parent[x] != x) x = parent[x] = parent[parent[x]];
        return x;
    };
    vector<int> tree;
    vector<int> degree(n, 0);
    for (int i : order)
        if (find(eu[i]) != find(ev[i])) parent[find(eu[i])] = find(ev[i]), tree.push_back(i), degree[eu[i]]++, degree[ev[i]]++;
    vector<bool> kept(m, false);
    for (int i : tree) kept[i] = true;
    for (bool pruned = true; pruned;) {
        pruned = false;
        for (int i : tree) {
            if (!kept[i]) continue;
            for (int v : {eu[i], ev[i]})
                if (!terminal[v] && degree[v] == 1) {
                    kept[i] = false, degree[eu[i]]--, degree[ev[i]]--, pruned = true;
                    break;
                }
        }
    }
    vector<int> chosen;
    for (int i : tree)
        if (kept[i]) chosen.push_back(i);
    printf("%d\n", (int)chosen.size());
    for (int i : chosen) printf("%d\n", i);
    return 0;
}
