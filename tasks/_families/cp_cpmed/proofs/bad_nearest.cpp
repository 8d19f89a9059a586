// Wrong: the first p customers as medians and every other customer at its nearest median, ignoring the
// capacity Q; with the capacities these instances use (total demand at 80% or more of p * Q) some median
// ends up over capacity in practice, so every case is infeasible.
#include <cstdio>
#include <vector>

int main() {
    int n, p;
    long long q;
    if (scanf("%d %d %lld", &n, &p, &q) != 3) return 0;
    std::vector<long long> x(n), y(n), d(n);
    for (int i = 0; i < n; i++) scanf("%lld %lld %lld", &x[i], &y[i], &d[i]);
    for (int i = 0; i < n; i++) {
        int pick = 0;
        for (int m = 1; m < p; m++) {
            long long dm = (x[i] - x[m]) * (x[i] - x[m]) + (y[i] - y[m]) * (y[i] - y[m]);
            long long dp = (x[i] - x[pick]) * (x[i] - x[pick]) + (y[i] - y[pick]) * (y[i] - y[pick]);
            if (dm < dp) pick = m;
        }
        printf("%d\n", i < p ? i : pick);
    }
    return 0;
}
