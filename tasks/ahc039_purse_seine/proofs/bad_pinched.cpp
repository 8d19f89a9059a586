// BAD PROOF (must be rejected): a net that touches itself at one point.
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
const int GRID = 20;  // the rectangle's sides lie on a GRID x GRID lattice of cells

// The best single rectangle made of whole lattice cells, by (mackerel - sardines) counted per cell.
vector<pair<int, int>> solve() {
    const int cell = SIDE / GRID;
    vector<vector<int>> value(GRID, vector<int>(GRID, 0));
    auto index = [&](int c) { return c / cell < GRID ? c / cell : GRID - 1; };
    for (int k = 0; k < N; k++) value[index(mx[k])][index(my[k])] += 1;
    for (int k = 0; k < N; k++) value[index(sx[k])][index(sy[k])] -= 1;
    // prefix[i][j]: sum of cells [0, i) x [0, j)
    vector<vector<int>> prefix(GRID + 1, vector<int>(GRID + 1, 0));
    for (int i = 0; i < GRID; i++)
        for (int j = 0; j < GRID; j++)
            prefix[i + 1][j + 1] = value[i][j] + prefix[i][j + 1] + prefix[i + 1][j] - prefix[i][j];
    int best = -1, bx0 = 0, bx1 = 1, by0 = 0, by1 = 1;
    for (int x0 = 0; x0 < GRID; x0++)
        for (int x1 = x0 + 1; x1 <= GRID; x1++)
            for (int y0 = 0; y0 < GRID; y0++)
                for (int y1 = y0 + 1; y1 <= GRID; y1++) {
                    int v = prefix[x1][y1] - prefix[x0][y1] - prefix[x1][y0] + prefix[x0][y0];
                    if (v > best) {
                        best = v;
                        bx0 = x0, bx1 = x1, by0 = y0, by1 = y1;
                    }
                }
    // Two lobes (lower-left and upper-right quarters) joined at the centre: the net passes twice through
    // (xm, ym), which a simple polygon may not.
    int x0 = bx0 * cell, x1 = bx1 * cell, y0 = by0 * cell, y1 = by1 * cell;
    int xm = (x0 + x1) / 2, ym = (y0 + y1) / 2;
    return {{x0, y0}, {xm, y0}, {xm, ym}, {x1, ym}, {x1, y1}, {xm, y1}, {xm, ym}, {x0, ym}};
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
