// Wrong: a sensible ordering (out-weight minus in-weight, largest first) printed with 1-based labels, so
// vertex n is out of range and every case is malformed.
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace std;

int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    vector<long long> surplus(n, 0);
    for (int i = 0; i < m; i++) {
        int u, v, w;
        scanf("%d %d %d", &u, &v, &w);
        surplus[u] += w;
        surplus[v] -= w;
    }
    vector<int> order(n);
    for (int i = 0; i < n; i++) order[i] = i;
    stable_sort(order.begin(), order.end(), [&](int a, int b) { return surplus[a] > surplus[b]; });
    for (int v : order) printf("%d\n", v + 1);
    return 0;
}
