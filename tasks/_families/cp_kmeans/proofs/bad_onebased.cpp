// Wrong: nearest of the first k points as centres, but the labels are printed 1-based (1..k instead of
// 0..k-1); the point that is itself the k-th centre gets label k, so every case is malformed.
#include <cstdio>
#include <vector>

int main() {
    int n, k, d;
    if (scanf("%d %d %d", &n, &k, &d) != 3) return 0;
    std::vector<std::vector<long long>> p(n, std::vector<long long>(d));
    for (auto& q : p)
        for (auto& x : q) scanf("%lld", &x);
    for (int i = 0; i < n; i++) {
        int best = 0;
        long long bd = -1;
        for (int c = 0; c < k; c++) {
            long long s = 0;
            for (int t = 0; t < d; t++) s += (p[i][t] - p[c][t]) * (p[i][t] - p[c][t]);
            if (bd < 0 || s < bd || (s == bd && i == c)) bd = s, best = c;
        }
        printf("%d\n", best + 1);
    }
    return 0;
}
