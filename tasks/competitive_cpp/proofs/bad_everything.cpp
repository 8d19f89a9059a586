// Multidimensional knapsack (Frontier-CS style partial-score problem).
// Input: N M, then N values, then M lines of N weights, then M capacities (all positive integers).
// Output: the 0-based indices of the chosen items, distinct, whitespace-separated, so that every one of
// the M weight sums stays within its capacity. Judge score per case: 100 * total value / LP bound.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

using namespace std;

static int n, m;
static vector<long long> value, capacity;
static vector<vector<long long>> weight;

// EVOLVE-BLOCK-START
// Takes every item: over capacity on every case, which the judge must refuse.
vector<int> solve() {
    vector<int> chosen;
    for (int i = 0; i < n; i++) chosen.push_back(i);
    return chosen;
}
// EVOLVE-BLOCK-END

int main() {
    if (scanf("%d %d", &n, &m) != 2) return 0;
    value.resize(n);
    capacity.resize(m);
    weight.assign(m, vector<long long>(n));
    for (int i = 0; i < n; i++) scanf("%lld", &value[i]);
    for (int d = 0; d < m; d++)
        for (int i = 0; i < n; i++) scanf("%lld", &weight[d][i]);
    for (int d = 0; d < m; d++) scanf("%lld", &capacity[d]);
    vector<int> chosen = solve();
    for (int i : chosen) printf("%d\n", i);
    return 0;
}
