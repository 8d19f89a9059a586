// Wrong: visits every node by nearest neighbour, ignoring the budget; the budget is a fraction of such a
// tour, so every case's tour is too long.
#include <cmath>
#include <cstdio>
#include <vector>

using namespace std;

int main() {
    int n;
    double budget;
    if (scanf("%d %lf", &n, &budget) != 2) return 0;
    vector<double> xs(n + 1), ys(n + 1);
    vector<int> p(n + 1);
    scanf("%lf %lf", &xs[0], &ys[0]);
    for (int i = 1; i <= n; i++) scanf("%lf %lf %d", &xs[i], &ys[i], &p[i]);
    vector<bool> seen(n + 1, false);
    printf("%d\n", n);
    for (int at = 0, k = 0; k < n; k++) {
        int best = -1;
        for (int j = 1; j <= n; j++)
            if (!seen[j] && (best < 0 || hypot(xs[at] - xs[j], ys[at] - ys[j]) < hypot(xs[at] - xs[best], ys[at] - ys[best])))
                best = j;
        seen[best] = true;
        printf("%d\n", best);
        at = best;
    }
    return 0;
}
