// Insertion local search: start from the vertices sorted by out-weight minus in-weight, then move one
// vertex at a time to the position that lowers the back weight most, until no single move helps.
// Deterministic (no random choices), so every run prints the same order.
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace std;

int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    vector<vector<long long>> w(n, vector<long long>(n, 0));
    vector<long long> surplus(n, 0);
    for (int i = 0; i < m; i++) {
        int u, v, x;
        scanf("%d %d %d", &u, &v, &x);
        w[u][v] += x;
        surplus[u] += x;
        surplus[v] -= x;
    }
    vector<int> order(n);
    for (int i = 0; i < n; i++) order[i] = i;
    stable_sort(order.begin(), order.end(), [&](int a, int b) { return surplus[a] > surplus[b]; });
    for (bool improved = true; improved;) {
        improved = false;
        for (int i = 0; i < n; i++) {
            int v = order[i];
            long long best = 0, sum = 0;
            int target = i;
            for (int k = i + 1; k < n; k++) {  // v passes order[k]: its arc to it turns back, the other forward
                sum += w[v][order[k]] - w[order[k]][v];
                if (sum < best) best = sum, target = k;
            }
            sum = 0;
            for (int k = i - 1; k >= 0; k--) {
                sum += w[order[k]][v] - w[v][order[k]];
                if (sum < best) best = sum, target = k;
            }
            if (target == i) continue;
            order.erase(order.begin() + i);
            order.insert(order.begin() + target, v);
            improved = true;
        }
    }
    for (int v : order) printf("%d\n", v);
    return 0;
}
