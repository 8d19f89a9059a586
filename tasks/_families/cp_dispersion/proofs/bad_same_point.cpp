// Wrong: prints the most isolated point p times, as if one point could be chosen repeatedly; every case
// lists a point twice.
#include <cstdio>
#include <vector>

using namespace std;

int main() {
    int n, p;
    if (scanf("%d %d", &n, &p) != 2) return 0;
    vector<long long> x(n), y(n);
    for (int i = 0; i < n; i++) scanf("%lld %lld", &x[i], &y[i]);
    int best = 0;
    long long best_near = -1;
    for (int i = 0; i < n; i++) {
        long long near = -1;
        for (int j = 0; j < n; j++) {
            long long d = (x[i] - x[j]) * (x[i] - x[j]) + (y[i] - y[j]) * (y[i] - y[j]);
            if (j != i && (near < 0 || d < near)) near = d;
        }
        if (near > best_near) best_near = near, best = i;
    }
    for (int k = 0; k < p; k++) printf("%d\n", best);
    return 0;
}
