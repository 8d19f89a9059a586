// Wrong: sends every facility to the most central location (least total distance), as if locations had
// unlimited room; the answer is not a permutation, so every case is malformed.
#include <cstdio>
#include <vector>

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    long long x;
    for (int i = 0; i < n * n; i++) scanf("%lld", &x);
    int best = 0;
    long long best_sum = -1;
    for (int k = 0; k < n; k++) {
        long long sum = 0;
        for (int j = 0; j < n; j++) scanf("%lld", &x), sum += x;
        if (best_sum < 0 || sum < best_sum) best = k, best_sum = sum;
    }
    for (int i = 0; i < n; i++) printf("%d\n", best);
    return 0;
}
