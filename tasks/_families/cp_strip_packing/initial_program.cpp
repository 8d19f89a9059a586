// 2D strip packing (Frontier-CS style partial-score problem), rectangles keep their orientation.
// Input: n W, then n lines w h. Output: n lines x y, the lower-left corner of each rectangle.
// Rectangles must lie in the strip (0 <= x, x + w <= W, 0 <= y) and must not overlap.
// Objective: the packing height max(y + h), the smaller the better.
#include <cstdio>
#include <utility>
#include <vector>

using namespace std;

static int n, W;
static vector<int> w, h;

// EVOLVE-BLOCK-START
vector<pair<int, int>> solve() {
    // one rectangle on top of the other at x = 0
    vector<pair<int, int>> pos(n);
    int y = 0;
    for (int i = 0; i < n; i++) {
        pos[i] = {0, y};
        y += h[i];
    }
    return pos;
}
// EVOLVE-BLOCK-END

int main() {
    if (scanf("%d %d", &n, &W) != 2) return 0;
    w.assign(n, 0);
    h.assign(n, 0);
    for (int i = 0; i < n; i++) scanf("%d %d", &w[i], &h[i]);
    vector<pair<int, int>> pos = solve();
    for (auto& p : pos) printf("%d %d\n", p.first, p.second);
    return 0;
}
