// Wrong: picks the cheapest neighbour of every vertex (a dominating set), but prints the count before
// removing duplicates (n, one pick per vertex) above the deduplicated list, so the count does not match the
// listed vertices and every case is malformed.
#include <cstdio>
#include <set>
#include <vector>

using namespace std;

int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    vector<long long> weight(n);
    for (auto& w : weight) scanf("%lld", &w);
    vector<int> cheapest(n, -1);
    for (int i = 0; i < m; i++) {
        int u, v;
        scanf("%d %d", &u, &v);
        if (cheapest[u] < 0 || weight[v] < weight[cheapest[u]]) cheapest[u] = v;
        if (cheapest[v] < 0 || weight[u] < weight[cheapest[v]]) cheapest[v] = u;
    }
    set<int> chosen;
    for (int v = 0; v < n; v++) chosen.insert(cheapest[v] < 0 ? v : cheapest[v]);
    printf("%d\n", n);
    for (int v : chosen) printf("%d\n", v);
    return 0;
}
