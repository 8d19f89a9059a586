// Skyline first fit: rectangles by decreasing height, each into the first bin whose skyline lets it in (at
// the lowest y, then smallest x), a new bin when none does.
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace std;

int main() {
    int n, W, H;
    if (scanf("%d %d %d", &n, &W, &H) != 3) return 0;
    vector<int> w(n), h(n), order(n), pb(n), px(n), py(n);
    for (int i = 0; i < n; i++) scanf("%d %d", &w[i], &h[i]), order[i] = i;
    stable_sort(order.begin(), order.end(), [&](int a, int b) { return h[a] != h[b] ? h[a] > h[b] : w[a] > w[b]; });
    vector<vector<int>> skies;
    for (int i : order) {
        bool placed = false;
        for (size_t b = 0; b < skies.size() && !placed; b++) {
            auto& sky = skies[b];
            int bx = -1, by = 0;
            for (int x = 0; x + w[i] <= W; x++) {
                int y = *max_element(sky.begin() + x, sky.begin() + x + w[i]);
                if (bx < 0 || y < by) bx = x, by = y;
            }
            if (by + h[i] <= H) {
                for (int x = bx; x < bx + w[i]; x++) sky[x] = by + h[i];
                pb[i] = (int)b, px[i] = bx, py[i] = by, placed = true;
            }
        }
        if (!placed) {
            skies.push_back(vector<int>(W, 0));
            for (int x = 0; x < w[i]; x++) skies.back()[x] = h[i];
            pb[i] = (int)skies.size() - 1, px[i] = 0, py[i] = 0;
        }
    }
    for (int i = 0; i < n; i++) printf("%d %d %d\n", pb[i], px[i], py[i]);
    return 0;
}
