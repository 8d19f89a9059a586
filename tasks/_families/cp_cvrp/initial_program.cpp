// Capacitated vehicle routing (Frontier-CS style partial-score problem).
// Input: n Q, the depot x y, then n lines x y q (customer i = 1..n, demand q).
// Output: k routes; each route as its length m then m customers in visiting order (depot to depot).
// Objective: total Euclidean length of the routes, the smaller the better; each route's demand <= Q.
#include <cmath>
#include <cstdio>
#include <vector>

using namespace std;

static int n, cap;
static vector<double> xs, ys;
static vector<int> demand;

double dist(int a, int b) { return hypot(xs[a] - xs[b], ys[a] - ys[b]); }

// EVOLVE-BLOCK-START
vector<vector<int>> solve() {
    // one vehicle per customer: depot -> i -> depot
    vector<vector<int>> routes;
    for (int i = 1; i <= n; i++) routes.push_back({i});
    return routes;
}
// EVOLVE-BLOCK-END

int main() {
    if (scanf("%d %d", &n, &cap) != 2) return 0;
    xs.assign(n + 1, 0);
    ys.assign(n + 1, 0);
    demand.assign(n + 1, 0);
    scanf("%lf %lf", &xs[0], &ys[0]);
    for (int i = 1; i <= n; i++) scanf("%lf %lf %d", &xs[i], &ys[i], &demand[i]);
    vector<vector<int>> routes = solve();
    printf("%d\n", (int)routes.size());
    for (auto& r : routes) {
        printf("%d", (int)r.size());
        for (int c : r) printf(" %d", c);
        printf("\n");
    }
    return 0;
}
