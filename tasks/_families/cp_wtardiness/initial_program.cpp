// Single-machine total weighted tardiness (Frontier-CS style partial-score problem).
// Input: n, then n lines "p w d" (processing time, weight, due date of each job).
// Output: a permutation of 0..n-1, the order in which the machine runs the jobs (from time 0, no idle time).
// Objective: sum over jobs of w * max(0, completion - d), the smaller the better.
#include <cstdio>
#include <vector>

using namespace std;

static int n;
static vector<long long> p, w, d;

// EVOLVE-BLOCK-START
vector<int> solve() {
    // jobs in the given order
    vector<int> order(n);
    for (int i = 0; i < n; i++) order[i] = i;
    return order;
}
// EVOLVE-BLOCK-END

int main() {
    if (scanf("%d", &n) != 1) return 0;
    p.assign(n, 0), w.assign(n, 0), d.assign(n, 0);
    for (int i = 0; i < n; i++) scanf("%lld %lld %lld", &p[i], &w[i], &d[i]);
    vector<int> order = solve();
    for (int i = 0; i < n; i++) printf("%d\n", order[i]);
    return 0;
}
