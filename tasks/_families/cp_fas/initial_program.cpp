// Feedback arc set / linear ordering (Frontier-CS style partial-score problem).
// Input: n m, then m arcs "u v w" (from u to v, weight w).
// Output: the n vertices in order, first to last (a permutation of 0..n-1).
// Objective: total weight of the arcs that point backwards (from a later vertex to an earlier one), the
// smaller the better.
#include <cstdio>
#include <vector>

using namespace std;

struct Arc {
    int u, v, w;
};

static int n, m;
static vector<Arc> arcs;

// EVOLVE-BLOCK-START
vector<int> solve() {
    // the vertices in label order
    vector<int> order(n);
    for (int i = 0; i < n; i++) order[i] = i;
    return order;
}
// EVOLVE-BLOCK-END

int main() {
    if (scanf("%d %d", &n, &m) != 2) return 0;
    arcs.resize(m);
    for (auto& a : arcs) scanf("%d %d %d", &a.u, &a.v, &a.w);
    vector<int> order = solve();
    for (int i = 0; i < n; i++) printf("%d\n", order[i]);
    return 0;
}
