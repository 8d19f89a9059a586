// Multi-way number partitioning (Frontier-CS style partial-score problem).
// Input: n and k, then n positive integers (sums fit in 64 bits).
// Output: n integers, the part (0..k-1) of each number.
// Objective: the largest part sum minus the smallest part sum, the smaller the better (scored as
// log2(1 + spread)).
#include <cstdio>
#include <vector>

using namespace std;

static int n, k;
static vector<long long> a;

// EVOLVE-BLOCK-START
vector<int> solve() {
    // deal the numbers out in turn
    vector<int> part(n);
    for (int i = 0; i < n; i++) part[i] = i % k;
    return part;
}
// EVOLVE-BLOCK-END

int main() {
    if (scanf("%d %d", &n, &k) != 2) return 0;
    a.assign(n, 0);
    for (auto& x : a) scanf("%lld", &x);
    vector<int> part = solve();
    for (int i = 0; i < n; i++) printf("%d\n", part[i]);
    return 0;
}
