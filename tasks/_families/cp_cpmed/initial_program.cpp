// Capacitated p-median (Frontier-CS style partial-score problem).
// Input: n p Q, then n lines `x y d` (coordinates and demand of customer i).
// Output: n integers a_0 .. a_{n-1}: customer i is served by median a_i (a customer that serves itself);
// exactly p distinct medians, each serving a total demand of at most Q.
// Objective: sum over i of the Euclidean distance from customer i to a_i, the smaller the better.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

using namespace std;

static int n, p;
static long long Q;
static vector<long long> X, Y, D;

// EVOLVE-BLOCK-START
vector<int> solve() {
    // the first p customers are the medians; the others, by decreasing demand, go to the nearest median
    // that still has room
    vector<int> a(n, -1);
    vector<long long> load(n, 0);
    for (int m = 0; m < p; m++) a[m] = m, load[m] = D[m];
    vector<int> order(n);
    for (int i = 0; i < n; i++) order[i] = i;
    stable_sort(order.begin(), order.end(), [](int i, int j) { return D[i] > D[j]; });
    for (int i : order) {
        if (a[i] >= 0) continue;
        int pick = -1;
        double best = 0;
        for (int m = 0; m < p; m++) {
            double d = hypot((double)(X[i] - X[m]), (double)(Y[i] - Y[m]));
            if (load[m] + D[i] <= Q && (pick < 0 || d < best)) pick = m, best = d;
        }
        if (pick < 0) pick = 0;
        a[i] = pick;
        load[pick] += D[i];
    }
    return a;
}
// EVOLVE-BLOCK-END

int main() {
    if (scanf("%d %d %lld", &n, &p, &Q) != 3) return 0;
    X.assign(n, 0), Y.assign(n, 0), D.assign(n, 0);
    for (int i = 0; i < n; i++) scanf("%lld %lld %lld", &X[i], &Y[i], &D[i]);
    vector<int> a = solve();
    for (int i = 0; i < n; i++) printf("%d\n", a[i]);
    return 0;
}
