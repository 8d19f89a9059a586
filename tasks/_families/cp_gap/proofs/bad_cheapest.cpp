// Wrong: gives every job to its cheapest agent and ignores the capacities; on these instances some agent
// ends up over its capacity in practice (capacities are at most 80% of an even share), so every case is
// infeasible.
#include <cstdio>
#include <vector>

using namespace std;

int main() {
    int m, n;
    if (scanf("%d %d", &m, &n) != 2) return 0;
    vector<vector<long long>> c(m, vector<long long>(n));
    for (auto& row : c)
        for (auto& x : row) scanf("%lld", &x);
    for (int j = 0; j < n; j++) {
        int pick = 0;
        for (int i = 1; i < m; i++)
            if (c[i][j] < c[pick][j]) pick = i;
        printf("%d\n", pick);
    }
    return 0;
}
