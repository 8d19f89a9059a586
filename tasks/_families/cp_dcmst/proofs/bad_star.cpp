// Wrong: ignores the degree bound and joins every vertex to the vertex of least total weight (a star);
// that vertex gets n - 1 > D edges, so every case is infeasible.
#include <cstdio>
#include <vector>

int main() {
    int n, d;
    if (scanf("%d %d", &n, &d) != 2) return 0;
    int hub = 0;
    long long best = -1;
    for (int u = 0; u < n; u++) {
        long long s = 0, x;
        for (int v = 0; v < n; v++) scanf("%lld", &x), s += x;
        if (best < 0 || s < best) best = s, hub = u;
    }
    for (int v = 0; v < n; v++)
        if (v != hub) printf("%d %d\n", hub, v);
    return 0;
}
