// Skyline bottom-left: each rectangle at the lowest y (then smallest x) the current skyline allows, tried
// with four orders (decreasing height, area, width, perimeter); the lowest packing is printed.
#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace std;

static int n, W;
static vector<int> w, h;

int place(const vector<int>& order, vector<int>& px, vector<int>& py) {
    vector<int> sky(W, 0);
    int top = 0;
    for (int i : order) {
        int bx = 0, by = -1;
        for (int x = 0; x + w[i] <= W; x++) {
            int y = *max_element(sky.begin() + x, sky.begin() + x + w[i]);
            if (by < 0 || y < by) bx = x, by = y;
        }
        px[i] = bx, py[i] = by;
        for (int x = bx; x < bx + w[i]; x++) sky[x] = by + h[i];
        top = max(top, by + h[i]);
    }
    return top;
}

int main() {
    if (scanf("%d %d", &n, &W) != 2) return 0;
    w.assign(n, 0);
    h.assign(n, 0);
    for (int i = 0; i < n; i++) scanf("%d %d", &w[i], &h[i]);
    vector<function<long long(int)>> keys = {
        [](int i) { return (long long)h[i] * 1000000 + w[i]; }, [](int i) { return (long long)w[i] * h[i]; },
        [](int i) { return (long long)w[i] * 1000000 + h[i]; }, [](int i) { return (long long)w[i] + h[i]; }};
    vector<int> bx(n), by(n), px(n), py(n);
    int best = -1;
    for (auto& key : keys) {
        vector<int> order(n);
        for (int i = 0; i < n; i++) order[i] = i;
        stable_sort(order.begin(), order.end(), [&](int a, int b) { return key(a) > key(b); });
        int top = place(order, px, py);
        if (best < 0 || top < best) best = top, bx = px, by = py;
    }
    for (int i = 0; i < n; i++) printf("%d %d\n", bx[i], by[i]);
    return 0;
}
