// Wrong: takes the sets in order of cost per element and stops once the chosen sizes add up to n, as if
// the sets never overlapped; overlaps leave elements uncovered, so every case is infeasible.
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace std;

int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    vector<int> cost(m), size(m);
    for (int s = 0; s < m; s++) {
        if (scanf("%d %d", &cost[s], &size[s]) != 2) return 0;
        for (int i = 0; i < size[s]; i++) {
            int e;
            scanf("%d", &e);
        }
    }
    vector<int> order(m);
    for (int s = 0; s < m; s++) order[s] = s;
    sort(order.begin(), order.end(), [&](int a, int b) { return (long long)cost[a] * size[b] < (long long)cost[b] * size[a]; });
    vector<int> chosen;
    for (int total = 0, i = 0; total < n && i < m; i++) {
        chosen.push_back(order[i]);
        total += size[order[i]];
    }
    printf("%d\n", (int)chosen.size());
    for (int s : chosen) printf("%d\n", s);
    return 0;
}
