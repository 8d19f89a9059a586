// Delivery route (ALE-Bench style): visit every city once and return to the start, as short as possible.
// Input: N, then N lines "x y" (integers in [0, 1000]). Output: the N city indices (0-based) in visiting
// order, a permutation, whitespace-separated. Score per case: round(1e6 * MST length / tour length).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

using namespace std;

static int n;
static vector<double> xs, ys;

static double dist(int a, int b) { return hypot(xs[a] - xs[b], ys[a] - ys[b]); }

// EVOLVE-BLOCK-START
// Visits city 0 twice and skips the last city: not a permutation.
vector<int> solve() {
    vector<int> tour;
    for (int i = 0; i + 1 < n; i++) tour.push_back(i);
    tour[n - 2] = 0;
    tour.push_back(0);
    return tour;
}
// EVOLVE-BLOCK-END

int main() {
    if (scanf("%d", &n) != 1) return 0;
    xs.resize(n);
    ys.resize(n);
    for (int i = 0; i < n; i++) scanf("%lf %lf", &xs[i], &ys[i]);
    vector<int> tour = solve();
    for (int i = 0; i < (int)tour.size(); i++) printf("%d\n", tour[i]);
    return 0;
}
