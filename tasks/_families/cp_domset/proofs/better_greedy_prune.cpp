// Greedy by weight per newly dominated vertex (ties to the lowest label), then drop every member whose closed
// neighbourhood stays dominated without it, heaviest first. Deterministic.
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace std;

int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    vector<long long> weight(n);
    for (auto& w : weight) scanf("%lld", &w);
    vector<vector<int>> closed(n);
    for (int v = 0; v < n; v++) closed[v].push_back(v);
    for (int i = 0; i < m; i++) {
        int u, v;
        scanf("%d %d", &u, &v);
        closed[u].push_back(v);
        closed[v].push_back(u);
    }
    vector<int> count(n, 0);
    vector<bool> in(n, false);
    int undominated = n;
    while (undominated > 0) {
        int best = -1;
        long long best_w = 0, best_g = 1;
        for (int v = 0; v < n; v++) {
            if (in[v]) continue;
            long long g = 0;
            for (int x : closed[v]) g += count[x] == 0;
            if (g > 0 && (best < 0 || weight[v] * best_g < best_w * g)) best = v, best_w = weight[v], best_g = g;
        }
        in[best] = true;
        for (int x : closed[best]) undominated -= count[x]++ == 0;
    }
    vector<int> members;
    for (int v = 0; v < n; v++)
        if (in[v]) members.push_back(v);
    stable_sort(members.begin(), members.end(), [&](int a, int b) { return weight[a] > weight[b]; });
    for (int v : members) {
        bool redundant = true;
        for (int x : closed[v]) redundant = redundant && count[x] >= 2;
        if (!redundant) continue;
        in[v] = false;
        for (int x : closed[v]) count[x]--;
    }
    vector<int> chosen;
    for (int v = 0; v < n; v++)
        if (in[v]) chosen.push_back(v);
    printf("%d\n", (int)chosen.size());
    for (int v : chosen) printf("%d\n", v);
    return 0;
}
