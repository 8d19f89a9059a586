// Ratio insertion: repeatedly insert the node and slot with the largest prize / added length that keeps
// the tour within the budget, then 2-opt the tour (shorter tour, more room) and insert again.
#include <cmath>
#include <cstdio>
#include <vector>

using namespace std;

static int n;
static double budget;
static vector<double> xs, ys;
static vector<int> prize;

double dist(int a, int b) { return hypot(xs[a] - xs[b], ys[a] - ys[b]); }

double length(const vector<int>& p) {
    double s = 0;
    for (size_t i = 0; i + 1 < p.size(); i++) s += dist(p[i], p[i + 1]);
    return s;
}

int main() {
    if (scanf("%d %lf", &n, &budget) != 2) return 0;
    xs.assign(n + 1, 0);
    ys.assign(n + 1, 0);
    prize.assign(n + 1, 0);
    scanf("%lf %lf", &xs[0], &ys[0]);
    for (int i = 1; i <= n; i++) scanf("%lf %lf %d", &xs[i], &ys[i], &prize[i]);
    vector<int> path = {0, 0};
    vector<bool> in(n + 1, false);
    const double limit = budget - 1e-7;  // stay clear of the judge's rounding
    for (bool inserted = true; inserted;) {
        inserted = false;
        double len = length(path);
        while (true) {
            int bj = -1, bs = -1;
            double br = -1;
            for (int j = 1; j <= n; j++) {
                if (in[j]) continue;
                for (size_t s = 0; s + 1 < path.size(); s++) {
                    double add = dist(path[s], j) + dist(j, path[s + 1]) - dist(path[s], path[s + 1]);
                    if (len + add > limit) continue;
                    double r = prize[j] / max(add, 1e-9);
                    if (r > br) br = r, bj = j, bs = (int)s;
                }
            }
            if (bj < 0) break;
            path.insert(path.begin() + bs + 1, bj);
            in[bj] = true;
            len = length(path);
            inserted = true;
        }
        for (bool improved = true; improved;) {
            improved = false;
            for (size_t i = 1; i + 2 < path.size(); i++)
                for (size_t j = i + 1; j + 1 < path.size(); j++)
                    if (dist(path[i - 1], path[j]) + dist(path[i], path[j + 1]) <
                        dist(path[i - 1], path[i]) + dist(path[j], path[j + 1]) - 1e-9) {
                        for (size_t a = i, b = j; a < b; a++, b--) swap(path[a], path[b]);
                        improved = true;
                    }
        }
    }
    printf("%d\n", (int)path.size() - 2);
    for (size_t i = 1; i + 1 < path.size(); i++) printf("%d\n", path[i]);
    return 0;
}
