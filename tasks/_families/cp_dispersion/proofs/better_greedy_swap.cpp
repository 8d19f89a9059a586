// Greedy farthest point from the farthest pair, then swap descent: replace a point of the closest chosen
// pair by the outside point farthest from the others while that raises the smallest distance.
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace std;

static int n, p;
static vector<long long> xs, ys;

long long dist2(int a, int b) { return (xs[a] - xs[b]) * (xs[a] - xs[b]) + (ys[a] - ys[b]) * (ys[a] - ys[b]); }

long long spread(const vector<int>& s, int& a, int& b) {
    long long low = -1;
    for (size_t i = 0; i < s.size(); i++)
        for (size_t j = i + 1; j < s.size(); j++)
            if (low < 0 || dist2(s[i], s[j]) < low) low = dist2(s[i], s[j]), a = (int)i, b = (int)j;
    return low;
}

int main() {
    if (scanf("%d %d", &n, &p) != 2) return 0;
    xs.assign(n, 0);
    ys.assign(n, 0);
    for (int i = 0; i < n; i++) scanf("%lld %lld", &xs[i], &ys[i]);
    int fa = 0, fb = 1;
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++)
            if (dist2(i, j) > dist2(fa, fb)) fa = i, fb = j;
    vector<int> s = {fa, fb};
    vector<bool> in(n, false);
    in[fa] = in[fb] = true;
    while ((int)s.size() < p) {
        int best = -1;
        long long best_near = -1;
        for (int u = 0; u < n; u++) {
            if (in[u]) continue;
            long long near = -1;
            for (int v : s) near = near < 0 ? dist2(u, v) : min(near, dist2(u, v));
            if (near > best_near) best_near = near, best = u;
        }
        s.push_back(best);
        in[best] = true;
    }
    int a = 0, b = 1;
    long long low = spread(s, a, b);
    for (bool improved = true; improved;) {
        improved = false;
        for (int leave : {a, b}) {
            vector<int> rest = s;
            rest.erase(rest.begin() + leave);
            int best = -1;
            long long best_near = -1;
            for (int u = 0; u < n; u++) {
                if (in[u]) continue;
                long long near = -1;
                for (int v : rest) near = near < 0 ? dist2(u, v) : min(near, dist2(u, v));
                if (near > best_near) best_near = near, best = u;
            }
            rest.push_back(best);
            int ra = 0, rb = 1;
            long long trial = spread(rest, ra, rb);
            if (trial > low) {
                in[s[leave]] = false;
                in[best] = true;
                s = rest, low = trial, a = ra, b = rb, improved = true;
                break;
            }
        }
    }
    for (int i : s) printf("%d\n", i);
    return 0;
}
