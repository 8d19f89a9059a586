// Generalized assignment (Frontier-CS style partial-score problem).
// Input: m n (agents, jobs), the m x n cost matrix c, the m x n resource matrix r, then m capacities b.
// Output: n agents a_0 .. a_{n-1} (job j goes to agent a_j); every agent i must satisfy
// sum of r[i][j] over its jobs <= b[i].
// Objective: total cost sum_j c[a_j][j], the smaller the better.
#include <cstdio>
#include <vector>

using namespace std;

static int m, n;
static vector<vector<long long>> cost, res;
static vector<long long> cap;

// EVOLVE-BLOCK-START
vector<int> solve() {
    // best fit: jobs in input order, each to the agent it uses least of that still has room
    vector<int> a(n, 0);
    vector<long long> load(m, 0);
    for (int j = 0; j < n; j++) {
        int pick = -1;
        for (int i = 0; i < m; i++)
            if (load[i] + res[i][j] <= cap[i] && (pick < 0 || res[i][j] < res[pick][j])) pick = i;
        if (pick < 0) pick = 0;
        a[j] = pick;
        load[pick] += res[pick][j];
    }
    return a;
}
// EVOLVE-BLOCK-END

int main() {
    if (scanf("%d %d", &m, &n) != 2) return 0;
    cost.assign(m, vector<long long>(n));
    res.assign(m, vector<long long>(n));
    cap.assign(m, 0);
    for (auto& row : cost)
        for (auto& x : row) scanf("%lld", &x);
    for (auto& row : res)
        for (auto& x : row) scanf("%lld", &x);
    for (auto& x : cap) scanf("%lld", &x);
    vector<int> a = solve();
    for (int j = 0; j < n; j++) printf("%d\n", a[j]);
    return 0;
}
