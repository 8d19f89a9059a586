// Min-min: repeatedly give the unassigned job and machine with the earliest finish time, then move single
// jobs off a most loaded machine while the move ends both machines below the makespan.
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace std;

int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    vector<vector<long long>> p(n, vector<long long>(m));
    for (auto& row : p)
        for (auto& x : row) scanf("%lld", &x);
    vector<long long> load(m, 0);
    vector<int> machine(n, -1);
    for (int step = 0; step < n; step++) {
        int bi = -1, bk = -1;
        long long best = 0;
        for (int i = 0; i < n; i++) {
            if (machine[i] >= 0) continue;
            for (int k = 0; k < m; k++)
                if (bi < 0 || load[k] + p[i][k] < best) bi = i, bk = k, best = load[k] + p[i][k];
        }
        machine[bi] = bk;
        load[bk] += p[bi][bk];
    }
    for (int step = 0; step < 10000; step++) {
        int crit = (int)(max_element(load.begin(), load.end()) - load.begin());
        long long span = load[crit], best = span;
        int bi = -1, bk = -1;
        for (int i = 0; i < n; i++) {
            if (machine[i] != crit) continue;
            for (int k = 0; k < m; k++) {
                if (k == crit) continue;
                long long worst = max(load[crit] - p[i][crit], load[k] + p[i][k]);
                if (worst < best) best = worst, bi = i, bk = k;
            }
        }
        if (bi < 0) break;
        load[crit] -= p[bi][crit];
        load[bk] += p[bi][bk];
        machine[bi] = bk;
    }
    for (int i = 0; i < n; i++) printf("%d\n", machine[i]);
    return 0;
}
