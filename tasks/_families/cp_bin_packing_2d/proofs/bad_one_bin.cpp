// Wrong: shelves every rectangle into bin 0 (next fit by decreasing height) and never opens a second bin,
// letting shelves run past the top; the rectangles never fit in one bin here, so every case is rejected.
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace std;

int main() {
    int n, W, H;
    if (scanf("%d %d %d", &n, &W, &H) != 3) return 0;
    vector<int> w(n), h(n), order(n), px(n), py(n);
    for (int i = 0; i < n; i++) scanf("%d %d", &w[i], &h[i]), order[i] = i;
    stable_sort(order.begin(), order.end(), [&](int a, int b) { return h[a] > h[b]; });
    int x = 0, y = 0, shelf = 0;
    for (int i : order) {
        if (x + w[i] > W) y += shelf, x = 0, shelf = 0;
        px[i] = x, py[i] = y;
        x += w[i];
        shelf = max(shelf, h[i]);
    }
    for (int i = 0; i < n; i++) printf("0 %d %d\n", px[i], py[i]);
    return 0;
}
