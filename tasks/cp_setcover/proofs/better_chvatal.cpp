// Chvátal's greedy (repeatedly the set of least cost per newly covered element), then redundant sets
// dropped, most expensive first: never worse than the plain greedy of the baseline, and cheaper where a
// later set made an earlier one redundant. Far cheaper than the seed's "every set".
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace std;

int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    vector<int> cost(m);
    vector<vector<int>> sets(m);
    for (int s = 0; s < m; s++) {
        int k;
        if (scanf("%d %d", &cost[s], &k) != 2) return 0;
        sets[s].resize(k);
        for (int i = 0; i < k; i++) scanf("%d", &sets[s][i]);
    }
    vector<int> covered(n, 0);
    vector<char> used(m, 0);
    vector<int> chosen;
    for (int left = n; left > 0;) {
        int best = -1;
        double best_ratio = 0;
        for (int s = 0; s < m; s++) {
            if (used[s]) continue;
            int fresh = 0;
            for (int e : sets[s]) fresh += covered[e] == 0;
            if (fresh == 0) continue;
            double ratio = (double)cost[s] / fresh;
            if (best < 0 || ratio < best_ratio) best = s, best_ratio = ratio;
        }
        if (best < 0) break;
        used[best] = 1;
        chosen.push_back(best);
        for (int e : sets[best]) left -= covered[e]++ == 0;
    }
    sort(chosen.begin(), chosen.end(), [&](int a, int b) { return cost[a] > cost[b] || (cost[a] == cost[b] && a < b); });
    vector<int> kept;
    for (int s : chosen) {
        bool redundant = true;
        for (int e : sets[s]) redundant = redundant && covered[e] >= 2;
        if (redundant) {
            for (int e : sets[s]) covered[e]--;
        } else {
            kept.push_back(s);
        }
    }
    printf("%d\n", (int)kept.size());
    for (int s : kept) printf("%d\n", s);
    return 0;
}
