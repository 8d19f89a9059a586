// Wrong: greedy add that starts from the empty set but counts an unserved customer as costing nothing, so
// no facility ever lowers the cost, nothing is opened and every case is rejected (k = 0).
#include <cstdio>
#include <vector>

using namespace std;

int main() {
    int m, n;
    if (scanf("%d %d", &m, &n) != 2) return 0;
    vector<long long> f(m);
    for (auto& x : f) scanf("%lld", &x);
    vector<vector<long long>> c(m, vector<long long>(n));
    for (auto& row : c)
        for (auto& x : row) scanf("%lld", &x);
    vector<long long> served(n, 0);  // the bug: should start at infinity
    vector<int> chosen;
    vector<bool> in(m, false);
    while (true) {
        int best = -1;
        long long best_delta = 0;
        for (int i = 0; i < m; i++) {
            if (in[i]) continue;
            long long delta = f[i];
            for (int j = 0; j < n; j++) delta += min(0LL, c[i][j] - served[j]);
            if (delta < best_delta) best = i, best_delta = delta;
        }
        if (best < 0) break;
        in[best] = true;
        chosen.push_back(best);
        for (int j = 0; j < n; j++) served[j] = min(served[j], c[best][j]);
    }
    printf("%d\n", (int)chosen.size());
    for (int i : chosen) printf("%d\n", i);
    return 0;
}
