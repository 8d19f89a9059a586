// BAD PROOF (must be rejected): a comb over the whole sea, far over the perimeter budget.
// Purse-seine fishing (AHC039-style): one axis-parallel polygon net that encloses many mackerel and few sardines.
// Input: N, then N mackerel "x y", then N sardines "x y" (integers in [0, 100000], all 2N points distinct).
// Output: m, then the m vertices "x y" of a simple polygon in order (edges alternately horizontal and vertical,
// 4 <= m <= 1000, perimeter <= 400000, coordinates in [0, 100000]). Points on the boundary count as inside.
// Score per case: max(0, a - b + 1) with a mackerel and b sardines inside.
#include <cstdio>
#include <utility>
#include <vector>

using namespace std;

static const int SIDE = 100000;
static int N;
static vector<int> mx, my;  // mackerel
static vector<int> sx, sy;  // sardines

// EVOLVE-BLOCK-START
const int TEETH = 20;  // a comb sweeping the whole sea: one tooth per 1/TEETH of the width

// Ignores the perimeter budget: every tooth runs the full height, so the outline is about 4 million long.
vector<pair<int, int>> solve() {
    const int width = SIDE / TEETH, gap = width / 2, base = 5000;
    vector<pair<int, int>> net = {{0, 0}, {SIDE, 0}};
    for (int t = TEETH - 1; t >= 0; t--) {
        int right = t * width + width, left = t * width + gap;
        if (t == TEETH - 1) net.push_back({right, SIDE});
        else net.push_back({right, base}), net.push_back({right, SIDE});
        net.push_back({left, SIDE});
        net.push_back({left, base});
    }
    net.push_back({0, base});
    return net;
}
// EVOLVE-BLOCK-END

int main() {
    if (scanf("%d", &N) != 1) return 0;
    mx.resize(N), my.resize(N), sx.resize(N), sy.resize(N);
    for (int k = 0; k < N; k++) scanf("%d %d", &mx[k], &my[k]);
    for (int k = 0; k < N; k++) scanf("%d %d", &sx[k], &sy[k]);
    vector<pair<int, int>> polygon = solve();
    printf("%d\n", (int)polygon.size());
    for (auto& v : polygon) printf("%d %d\n", v.first, v.second);
    return 0;
}
