// Max-min p-dispersion (Frontier-CS style partial-score problem).
// Input: n p, then n lines x y (distinct integer points). Output: p distinct point indices (0-based).
// Objective: the smallest Euclidean distance between two chosen points, the larger the better.
#include <cstdio>
#include <vector>

using namespace std;

static int n, p;
static vector<long long> xs, ys;

long long dist2(int a, int b) { return (xs[a] - xs[b]) * (xs[a] - xs[b]) + (ys[a] - ys[b]) * (ys[a] - ys[b]); }

// EVOLVE-BLOCK-START
vector<int> solve() {
    // the first p points
    vector<int> chosen;
    for (int i = 0; i < p; i++) chosen.push_back(i);
    return chosen;
}
// EVOLVE-BLOCK-END

int main() {
    if (scanf("%d %d", &n, &p) != 2) return 0;
    xs.assign(n, 0);
    ys.assign(n, 0);
    for (int i = 0; i < n; i++) scanf("%lld %lld", &xs[i], &ys[i]);
    vector<int> chosen = solve();
    for (int i : chosen) printf("%d\n", i);
    return 0;
}
