// Wrong: gives every i its cheapest pair (j, k) without checking that another i already took that j or k,
// so p and q repeat values and every case is malformed.
#include <cstdio>
#include <vector>

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    std::vector<int> p(n), q(n);
    for (int i = 0; i < n; i++) {
        long long best = -1;
        for (int j = 0; j < n; j++)
            for (int k = 0; k < n; k++) {
                long long x;
                scanf("%lld", &x);
                if (best < 0 || x < best) best = x, p[i] = j, q[i] = k;
            }
    }
    for (int i = 0; i < n; i++) printf("%d\n", p[i]);
    for (int i = 0; i < n; i++) printf("%d\n", q[i]);
    return 0;
}
