// Nearest-neighbour fleet (each vehicle drives to the nearest unserved customer that still fits, back to the
// depot when none fits), then 2-opt inside every route until no reversal shortens it.
#include <cmath>
#include <cstdio>
#include <vector>

using namespace std;

static int n, cap;
static vector<double> xs, ys;
static vector<int> demand;

double dist(int a, int b) { return hypot(xs[a] - xs[b], ys[a] - ys[b]); }

void two_opt(vector<int>& route) {
    vector<int> p = {0};
    p.insert(p.end(), route.begin(), route.end());
    p.push_back(0);
    for (bool improved = true; improved;) {
        improved = false;
        for (size_t i = 1; i + 2 < p.size(); i++)
            for (size_t j = i + 1; j + 1 < p.size(); j++)
                if (dist(p[i - 1], p[j]) + dist(p[i], p[j + 1]) < dist(p[i - 1], p[i]) + dist(p[j], p[j + 1]) - 1e-9) {
                    for (size_t a = i, b = j; a < b; a++, b--) swap(p[a], p[b]);
                    improved = true;
                }
    }
    route.assign(p.begin() + 1, p.end() - 1);
}

int main() {
    if (scanf("%d %d", &n, &cap) != 2) return 0;
    xs.assign(n + 1, 0);
    ys.assign(n + 1, 0);
    demand.assign(n + 1, 0);
    scanf("%lf %lf", &xs[0], &ys[0]);
    for (int i = 1; i <= n; i++) scanf("%lf %lf %d", &xs[i], &ys[i], &demand[i]);
    vector<bool> served(n + 1, false);
    vector<vector<int>> routes;
    for (int left = n; left > 0;) {
        vector<int> route;
        int at = 0, load = 0;
        while (true) {
            int best = -1;
            for (int j = 1; j <= n; j++)
                if (!served[j] && load + demand[j] <= cap && (best < 0 || dist(at, j) < dist(at, best))) best = j;
            if (best < 0) break;
            served[best] = true;
            load += demand[best];
            route.push_back(best);
            at = best;
            left--;
        }
        two_opt(route);
        routes.push_back(route);
    }
    printf("%d\n", (int)routes.size());
    for (auto& r : routes) {
        printf("%d", (int)r.size());
        for (int c : r) printf(" %d", c);
        printf("\n");
    }
    return 0;
}
