// One-dimensional bin packing (Frontier-CS style partial-score problem).
// Input: n and the bin capacity C, then n item weights (1..C).
// Output: n integers, the bin label (0..n-1) of each item; no bin may hold more than C.
// Objective: the number of distinct bins used, the fewer the better.
#include <cstdio>
#include <vector>

using namespace std;

static int n;
static long long capacity;
static vector<long long> w;

// EVOLVE-BLOCK-START
vector<int> solve() {
    // next fit: keep one open bin, open a new one when the item does not fit
    vector<int> bin(n);
    int current = 0;
    long long load = 0;
    for (int i = 0; i < n; i++) {
        if (load + w[i] > capacity) current++, load = 0;
        bin[i] = current;
        load += w[i];
    }
    return bin;
}
// EVOLVE-BLOCK-END

int main() {
    if (scanf("%d %lld", &n, &capacity) != 2) return 0;
    w.assign(n, 0);
    for (auto& x : w) scanf("%lld", &x);
    vector<int> bin = solve();
    for (int i = 0; i < n; i++) printf("%d\n", bin[i]);
    return 0;
}
