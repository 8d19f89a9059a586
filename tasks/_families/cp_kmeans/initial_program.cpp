// Discrete k-means (Frontier-CS style partial-score problem).
// Input: n k d, then n points with d integer coordinates each.
// Output: n cluster labels in 0..k-1.
// Objective: the sum over clusters of the squared distances of its points to the cluster mean (SSE),
// the smaller the better.
#include <cstdio>
#include <vector>

using namespace std;

static int n, k, d;
static vector<vector<long long>> pts;

// EVOLVE-BLOCK-START
vector<int> solve() {
    // round robin: point i in cluster i mod k
    vector<int> label(n);
    for (int i = 0; i < n; i++) label[i] = i % k;
    return label;
}
// EVOLVE-BLOCK-END

int main() {
    if (scanf("%d %d %d", &n, &k, &d) != 3) return 0;
    pts.assign(n, vector<long long>(d));
    for (auto& p : pts)
        for (auto& x : p) scanf("%lld", &x);
    vector<int> label = solve();
    for (int i = 0; i < n; i++) printf("%d\n", label[i]);
    return 0;
}
