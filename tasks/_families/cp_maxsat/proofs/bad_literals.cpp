// Wrong: prints each variable as the signed literal that its first clause occurrence wants (+v or -v)
// instead of a 0/1 value, so every answer holds values outside 0..1 and every case is malformed.
#include <cstdio>
#include <vector>

int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    std::vector<int> want(n + 1, 0);
    for (int c = 0; c < m; c++) {
        long long w;
        int k;
        scanf("%lld %d", &w, &k);
        for (int i = 0; i < k; i++) {
            int lit;
            scanf("%d", &lit);
            int v = lit < 0 ? -lit : lit;
            if (want[v] == 0) want[v] = lit;
        }
    }
    for (int v = 1; v <= n; v++) printf("%d\n", want[v] != 0 ? want[v] : v + 1);
    return 0;
}
