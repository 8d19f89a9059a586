// Orienteering (Frontier-CS style partial-score problem).
// Input: n L, the depot x y, then n lines x y p (node i = 1..n, prize p).
// Output: m, then m distinct nodes in visiting order; the tour leaves the depot, visits them and returns.
// Objective: total prize of the visited nodes, the larger the better; the tour's length must be <= L.
#include <cmath>
#include <cstdio>
#include <vector>

using namespace std;

static int n;
static double budget;
static vector<double> xs, ys;
static vector<int> prize;

double dist(int a, int b) { return hypot(xs[a] - xs[b], ys[a] - ys[b]); }

// EVOLVE-BLOCK-START
vector<int> solve() {
    // stay at the depot: the empty tour is always within the budget
    return {};
}
// EVOLVE-BLOCK-END

int main() {
    if (scanf("%d %lf", &n, &budget) != 2) return 0;
    xs.assign(n + 1, 0);
    ys.assign(n + 1, 0);
    prize.assign(n + 1, 0);
    scanf("%lf %lf", &xs[0], &ys[0]);
    for (int i = 1; i <= n; i++) scanf("%lf %lf %d", &xs[i], &ys[i], &prize[i]);
    vector<int> tour = solve();
    printf("%d\n", (int)tour.size());
    for (int v : tour) printf("%d\n", v);
    return 0;
}
