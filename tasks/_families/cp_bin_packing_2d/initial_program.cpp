// 2D rectangle bin packing (Frontier-CS style partial-score problem), rectangles keep their orientation.
// Input: n W H, then n lines w h. Output: n lines b x y: rectangle i goes into bin b with its lower-left
// corner at (x, y); it must lie inside the W x H bin and not overlap another rectangle of the same bin.
// Objective: (bins used - 1) + (area in the emptiest bin) / (W * H), the smaller the better.
#include <cstdio>
#include <vector>

using namespace std;

struct Place {
    int bin, x, y;
};

static int n, W, H;
static vector<int> w, h;

// EVOLVE-BLOCK-START
vector<Place> solve() {
    // one bin per rectangle
    vector<Place> out(n);
    for (int i = 0; i < n; i++) out[i] = {i, 0, 0};
    return out;
}
// EVOLVE-BLOCK-END

int main() {
    if (scanf("%d %d %d", &n, &W, &H) != 3) return 0;
    w.assign(n, 0);
    h.assign(n, 0);
    for (int i = 0; i < n; i++) scanf("%d %d", &w[i], &h[i]);
    vector<Place> out = solve();
    for (auto& p : out) printf("%d %d %d\n", p.bin, p.x, p.y);
    return 0;
}
