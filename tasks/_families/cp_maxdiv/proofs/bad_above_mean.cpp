// Wrong: forgets the cardinality and prints every item whose total distance is above the mean (about n/2
// items, never m on these instances), so every case has the wrong number of items.
#include <cstdio>
#include <vector>

int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    std::vector<long long> sum(n, 0);
    long long all = 0;
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++) {
            long long x;
            scanf("%lld", &x);
            sum[i] += x, all += x;
        }
    for (int i = 0; i < n; i++)
        if (sum[i] * n > all) printf("%d\n", i);
    return 0;
}
