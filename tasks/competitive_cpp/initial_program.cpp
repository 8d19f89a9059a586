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
const double SCARCITY_EXPONENT = 1.0;

vector<int> solve() {
    // greedy by value per unit of capacity-scaled weight
    vector<double> ratio(n);
    for (int i = 0; i < n; i++) {
        double cost = 0.0;
        for (int d = 0; d < m; d++) cost += pow((double)weight[d][i] / capacity[d], SCARCITY_EXPONENT);
        ratio[i] = value[i] / (cost + 1e-12);
    }
    vector<int> order(n);
    for (int i = 0; i < n; i++) order[i] = i;
    sort(order.begin(), order.end(), [&](int a, int b) { return ratio[a] > ratio[b]; });
    vector<long long> used(m, 0);
    vector<int> chosen;
    for (int i : order) {
        bool fits = true;
        for (int d = 0; d < m; d++)
            if (used[d] + weight[d][i] > capacity[d]) fits = false;
        if (!fits) break;
        for (int d = 0; d < m; d++) used[d] += weight[d][i];
        chosen.push_back(i);
    }
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
