// Weighted set cover (Frontier-CS style partial-score problem).
// Input: n m, then m lines "c k e_1 .. e_k": the cost and the k elements (0..n-1) of each set.
// Output: k, then k distinct set indices whose union contains every element 0..n-1.
// Objective: the total cost of the chosen sets, the smaller the better.
#include <cstdio>
#include <vector>

using namespace std;

static int n, m;
static vector<int> cost;
static vector<vector<int>> sets;

// EVOLVE-BLOCK-START
vector<int> solve() {
    // choose every set: a cover whenever one exists, and the most expensive one
    vector<int> chosen(m);
    for (int s = 0; s < m; s++) chosen[s] = s;
    return chosen;
}
// EVOLVE-BLOCK-END

int main() {
    if (scanf("%d %d", &n, &m) != 2) return 0;
    cost.resize(m);
    sets.assign(m, {});
    for (int s = 0; s < m; s++) {
        int k;
        if (scanf("%d %d", &cost[s], &k) != 2) return 0;
        sets[s].resize(k);
        for (int i = 0; i < k; i++) scanf("%d", &sets[s][i]);
    }
    vector<int> chosen = solve();
    printf("%d\n", (int)chosen.size());
    for (int s : chosen) printf("%d\n", s);
    return 0;
}
