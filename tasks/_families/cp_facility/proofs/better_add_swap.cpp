// Greedy add (from the empty set, the facility that lowers the cost most, while one does), then
// first-improvement local search over opening or closing one facility and swapping an open facility for a
// closed one, until no move helps. Deterministic.
#include <cstdio>
#include <vector>

using namespace std;

int m, n;
vector<long long> f;
vector<vector<long long>> c;

long long total(const vector<bool>& in) {
    long long sum = 0;
    bool any = false;
    for (int i = 0; i < m; i++)
        if (in[i]) sum += f[i], any = true;
    if (!any) return -1;
    for (int j = 0; j < n; j++) {
        long long best = -1;
        for (int i = 0; i < m; i++)
            if (in[i] && (best < 0 || c[i][j] < best)) best = c[i][j];
        sum += best;
    }
    return sum;
}

int main() {
    if (scanf("%d %d", &m, &n) != 2) return 0;
    f.resize(m);
    for (auto& x : f) scanf("%lld", &x);
    c.assign(m, vector<long long>(n));
    for (auto& row : c)
        for (auto& x : row) scanf("%lld", &x);
    vector<bool> in(m, false);
    long long current = -1;
    while (true) {  // greedy add
        int best = -1;
        long long best_cost = current;
        for (int i = 0; i < m; i++) {
            if (in[i]) continue;
            in[i] = true;
            long long cost = total(in);
            in[i] = false;
            if (best_cost < 0 || cost < best_cost) best = i, best_cost = cost;
        }
        if (best < 0) break;
        in[best] = true;
        current = best_cost;
    }
    for (bool improved = true; improved;) {
        improved = false;
        for (int i = 0; i < m; i++) {  // open or close one facility
            in[i] = !in[i];
            long long cost = total(in);
            if (cost >= 0 && cost < current) {
                current = cost;
                improved = true;
            } else {
                in[i] = !in[i];
            }
        }
        for (int i = 0; i < m; i++)  // swap an open facility for a closed one
            for (int k = 0; k < m && in[i]; k++) {
                if (in[k]) continue;
                in[i] = false, in[k] = true;
                long long cost = total(in);
                if (cost < current) {
                    current = cost;
                    improved = true;
                } else {
                    in[i] = true, in[k] = false;
                }
            }
    }
    vector<int> chosen;
    for (int i = 0; i < m; i++)
        if (in[i]) chosen.push_back(i);
    printf("%d\n", (int)chosen.size());
    for (int i : chosen) printf("%d\n", i);
    return 0;
}
