// Purse-seine fishing (AHC039-style): one axis-parallel polygon net that encloses many mackerel and few sardines.
// Input: N, then N mackerel "x y", then N sardines "x y" (integers in [0, 100000], all 2N points distinct).
// Output: m, then the m vertices "x y" of a simple polygon in order (edges alternately horizontal and vertical,
// 4 <= m <= 1000, perimeter <= 400000, coordinates in [0, 100000]). Points on the boundary count as inside.
// Score per case: max(0, a - b + 1) with a mackerel and b sardines inside.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <utility>
#include <vector>

using namespace std;

static const int SIDE = 100000;
static int N;
static vector<int> mx, my;  // mackerel
static vector<int> sx, sy;  // sardines

// EVOLVE-BLOCK-START
const int GRID = 40;  // the net follows a GRID x GRID lattice of cells

// A "skyline" net: a run of consecutive lattice columns, each holding one interval of rows, consecutive
// intervals sharing at least one row (so the outline is a simple polygon). Dynamic programming over columns
// maximises (mackerel - sardines) per cell minus lambda * perimeter; lambda grows until the perimeter fits.
vector<pair<int, int>> solve() {
    const int cell = SIDE / GRID;
    vector<vector<int>> value(GRID, vector<int>(GRID, 0));
    auto index = [&](int c) { return c / cell < GRID ? c / cell : GRID - 1; };
    for (int k = 0; k < N; k++) value[index(mx[k])][index(my[k])] += 1;
    for (int k = 0; k < N; k++) value[index(sx[k])][index(sy[k])] -= 1;
    vector<pair<int, int>> spans;  // the (lo, hi) row intervals, hi inclusive
    for (int lo = 0; lo < GRID; lo++)
        for (int hi = lo; hi < GRID; hi++) spans.push_back({lo, hi});
    const int S = spans.size();
    vector<vector<int>> column_sum(GRID, vector<int>(S, 0));  // value of span s in column c
    for (int c = 0; c < GRID; c++)
        for (int s = 0; s < S; s++)
            for (int r = spans[s].first; r <= spans[s].second; r++) column_sum[c][s] += value[c][r];
    vector<pair<int, int>> best_net;
    for (double lambda = 0.0; lambda < 100.0; lambda = lambda * 2 + 0.1) {
        // score[c][s]: best objective of a net whose last column is c with span s; from[c][s]: previous span or -1
        vector<vector<double>> score(GRID, vector<double>(S));
        vector<vector<int>> from(GRID, vector<int>(S, -1));
        for (int c = 0; c < GRID; c++)
            for (int s = 0; s < S; s++) {
                auto [lo, hi] = spans[s];
                double own = column_sum[c][s];
                double fresh = own - lambda * (2 + (hi - lo + 1));  // left side and this column's top/bottom
                double best = fresh;
                if (c > 0)
                    for (int p = 0; p < S; p++) {
                        auto [plo, phi] = spans[p];
                        if (plo > hi || lo > phi) continue;
                        double joined = score[c - 1][p] + own - lambda * (2 + abs(hi - phi) + abs(lo - plo));
                        if (joined > best) best = joined, from[c][s] = p;
                    }
                score[c][s] = best;
            }
        int last_c = 0, last_s = 0;
        double top = -1e18;
        for (int c = 0; c < GRID; c++)
            for (int s = 0; s < S; s++) {
                auto [lo, hi] = spans[s];
                double closed = score[c][s] - lambda * (hi - lo + 1);  // right side
                if (closed > top) top = closed, last_c = c, last_s = s;
            }
        vector<int> chosen;  // spans from the last column back to the first
        int c = last_c, s = last_s;
        while (true) {
            chosen.push_back(s);
            if (from[c][s] < 0) break;
            s = from[c][s], c -= 1;
        }
        reverse(chosen.begin(), chosen.end());
        int first_c = c, columns = chosen.size();
        auto lo = [&](int k) { return spans[chosen[k]].first * cell; };
        auto hi = [&](int k) { return (spans[chosen[k]].second + 1) * cell; };
        auto x = [&](int k) { return (first_c + k) * cell; };
        vector<pair<int, int>> net = {{x(0), lo(0)}, {x(0), hi(0)}};
        for (int k = 0; k + 1 < columns; k++)
            if (hi(k) != hi(k + 1)) net.push_back({x(k + 1), hi(k)}), net.push_back({x(k + 1), hi(k + 1)});
        net.push_back({x(columns), hi(columns - 1)});
        net.push_back({x(columns), lo(columns - 1)});
        for (int k = columns - 2; k >= 0; k--)
            if (lo(k) != lo(k + 1)) net.push_back({x(k + 1), lo(k + 1)}), net.push_back({x(k + 1), lo(k)});
        long long perimeter = 0;
        for (size_t v = 0; v < net.size(); v++) {
            auto a = net[v], b = net[(v + 1) % net.size()];
            perimeter += abs(a.first - b.first) + abs(a.second - b.second);
        }
        best_net = net;
        if (perimeter <= 400000 && net.size() <= 1000) break;
    }
    return best_net;
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
