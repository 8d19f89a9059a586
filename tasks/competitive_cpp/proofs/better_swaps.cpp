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
// Greedy by scarcity-weighted ratio (continuing past items that do not fit), then one-for-one swaps and
// additions while any improves the value.
vector<int> solve() {
    vector<double> ratio(n);
    for (int i = 0; i < n; i++) {
        double cost = 0.0;
        for (int d = 0; d < m; d++) cost += (double)weight[d][i] / capacity[d];
        ratio[i] = value[i] / (cost + 1e-12);
    }
    vector<int> order(n);
    for (int i = 0; i < n; i++) order[i] = i;
    sort(order.begin(), order.end(), [&](int a, int b) { return ratio[a] > ratio[b]; });
    vector<long long> used(m, 0);
    vector<char> in(n, 0);
    auto fits = [&](int add, int drop) {
        for (int d = 0; d < m; d++) {
            long long w = used[d] + weight[d][add] - (drop >= 0 ? weight[d][drop] : 0);
            if (w > capacity[d]) return false;
        }
        return true;
    };
    auto apply = [&](int add, int drop) {
        for (int d = 0; d < m; d++) used[d] += weight[d][add] - (drop >= 0 ? weight[d][drop] : 0);
        in[add] = 1;
        if (drop >= 0) in[drop] = 0;
    };
    for (int i : order)
        if (fits(i, -1)) apply(i, -1);
    for (bool improved = true; improved;) {
        improved = false;
        for (int add = 0; add < n && !improved; add++) {
            if (in[add]) continue;
            if (fits(add, -1)) { apply(add, -1); improved = true; break; }
            for (int drop = 0; drop < n; drop++)
                if (in[drop] && value[add] > value[drop] && fits(add, drop)) { apply(add, drop); improved = true; break; }
        }
    }
    vector<int> chosen;
    for (int i = 0; i < n; i++)
        if (in[i]) chosen.push_back(i);
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
