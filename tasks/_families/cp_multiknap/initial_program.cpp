// Multiple 0-1 knapsack (Frontier-CS style partial-score problem).
// Input: n and m, then m knapsack capacities, then n lines "weight value".
// Output: n integers, the knapsack (0..m-1) of each item or -1 to leave it out; no knapsack may be overfull.
// Objective: the total value of the packed items, the larger the better.
#include <cstdio>
#include <vector>

using namespace std;

static int n, m;
static vector<long long> cap, w, v;

// EVOLVE-BLOCK-START
vector<int> solve() {
    // first fit in the given order
    vector<int> where(n, -1);
    vector<long long> room = cap;
    for (int i = 0; i < n; i++)
        for (int k = 0; k < m; k++)
            if (w[i] <= room[k]) {
                where[i] = k;
                room[k] -= w[i];
                break;
            }
    return where;
}
// EVOLVE-BLOCK-END

int main() {
    if (scanf("%d %d", &n, &m) != 2) return 0;
    cap.assign(m, 0);
    w.assign(n, 0);
    v.assign(n, 0);
    for (auto& c : cap) scanf("%lld", &c);
    for (int i = 0; i < n; i++) scanf("%lld %lld", &w[i], &v[i]);
    vector<int> where = solve();
    for (int i = 0; i < n; i++) printf("%d\n", where[i]);
    return 0;
}
