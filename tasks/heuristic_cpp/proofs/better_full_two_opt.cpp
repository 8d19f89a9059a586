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
// Nearest neighbour, then full 2-opt (every pair of edges) until no move shortens the tour.
vector<int> solve() {
    vector<int> tour;
    vector<bool> used(n, false);
    int cur = 0;
    used[cur] = true;
    tour.push_back(cur);
    for (int step = 1; step < n; step++) {
        int best = -1;
        for (int v = 0; v < n; v++)
            if (!used[v] && (best < 0 || dist(cur, v) < dist(cur, best))) best = v;
        used[best] = true;
        tour.push_back(best);
        cur = best;
    }
    for (bool improved = true; improved;) {
        improved = false;
        for (int i = 0; i + 2 < n; i++)
            for (int j = i + 2; j < n; j++) {
                int a = tour[i], b = tour[i + 1], c = tour[j], d = tour[(j + 1) % n];
                if (a == d) continue;
                if (dist(a, c) + dist(b, d) < dist(a, b) + dist(c, d) - 1e-9) {
                    reverse(tour.begin() + i + 1, tour.begin() + j + 1);
                    improved = true;
                }
            }
    }
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
