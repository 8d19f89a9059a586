// Permutation flow shop (Frontier-CS style partial-score problem).
// Input: n jobs and m machines, then n lines of m processing times p[i][j] (job i on machine j).
// Output: a permutation of 0..n-1, the order of the jobs on every machine.
// Objective: the makespan (completion time of the last job on the last machine), the smaller the better.
#include <cstdio>
#include <vector>

using namespace std;

static int n, m;
static vector<vector<long long>> p;

// EVOLVE-BLOCK-START
vector<int> solve() {
    // jobs in the given order
    vector<int> order(n);
    for (int i = 0; i < n; i++) order[i] = i;
    return order;
}
// EVOLVE-BLOCK-END

int main() {
    if (scanf("%d %d", &n, &m) != 2) return 0;
    p.assign(n, vector<long long>(m));
    for (auto& row : p)
        for (auto& x : row) scanf("%lld", &x);
    vector<int> order = solve();
    for (int i = 0; i < n; i++) printf("%d\n", order[i]);
    return 0;
}
