// Unrelated parallel machine scheduling, R||Cmax (Frontier-CS style partial-score problem).
// Input: n jobs and m machines, then n lines of m integers p[i][k] (time of job i on machine k).
// Output: n integers, the machine (0..m-1) of each job.
// Objective: the makespan, the largest machine load (sum of p[i][k] over the jobs on machine k), the
// smaller the better.
#include <cstdio>
#include <vector>

using namespace std;

static int n, m;
static vector<vector<long long>> p;

// EVOLVE-BLOCK-START
vector<int> solve() {
    // deal the jobs out to the machines in turn
    vector<int> machine(n);
    for (int i = 0; i < n; i++) machine[i] = i % m;
    return machine;
}
// EVOLVE-BLOCK-END

int main() {
    if (scanf("%d %d", &n, &m) != 2) return 0;
    p.assign(n, vector<long long>(m));
    for (auto& row : p)
        for (auto& x : row) scanf("%lld", &x);
    vector<int> machine = solve();
    for (int i = 0; i < n; i++) printf("%d\n", machine[i]);
    return 0;
}
