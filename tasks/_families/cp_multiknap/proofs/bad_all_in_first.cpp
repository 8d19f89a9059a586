// Wrong: packs every item into knapsack 0, ignoring its capacity; the items always outweigh it.
#include <cstdio>

int main() {
    int n, m;
    long long x;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    for (int k = 0; k < m; k++) scanf("%lld", &x);
    for (int i = 0; i < 2 * n; i++) scanf("%lld", &x);
    for (int i = 0; i < n; i++) printf("0\n");
    return 0;
}
