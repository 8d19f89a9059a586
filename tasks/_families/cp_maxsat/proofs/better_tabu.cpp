// Tabu search: the weighted literal vote, then a fixed number of best non-tabu flips with incremental
// flip gains (a flip that beats the best so far is always allowed), keeping the best assignment seen.
// A fixed-seed generator and a fixed step count keep the answer deterministic.
#include <cstdint>
#include <cstdio>
#include <vector>

using namespace std;

int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    vector<long long> w(m);
    vector<vector<int>> cl(m);
    vector<vector<pair<int, int>>> occ(n);  // (clause, wanted value)
    for (int c = 0; c < m; c++) {
        int k;
        scanf("%lld %d", &w[c], &k);
        cl[c].resize(k);
        for (int& lit : cl[c]) {
            scanf("%d", &lit);
            int v = (lit < 0 ? -lit : lit) - 1;
            lit = lit < 0 ? -(v + 1) : v + 1;
            occ[v].push_back({c, lit > 0 ? 1 : 0});
        }
    }
    vector<int> x(n);
    for (int v = 0; v < n; v++) {
        long long vote = 0;
        for (auto [c, want] : occ[v]) vote += want ? w[c] : -w[c];
        x[v] = vote >= 0;
    }
    vector<int> cnt(m, 0);
    for (int c = 0; c < m; c++)
        for (int lit : cl[c]) cnt[c] += x[(lit < 0 ? -lit : lit) - 1] == (lit > 0);
    auto gain = [&](int v) {
        long long g = 0;
        for (auto [c, want] : occ[v]) {
            if (x[v] == want) {
                if (cnt[c] == 1) g -= w[c];
            } else if (cnt[c] == 0) {
                g += w[c];
            }
        }
        return g;
    };
    long long cur = 0;
    for (int c = 0; c < m; c++)
        if (cnt[c] > 0) cur += w[c];
    long long best = cur;
    vector<int> bestx = x;
    vector<long long> tabu(n, 0);
    uint64_t s = 88172645463325252ULL;
    auto rnd = [&]() {
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        return s;
    };
    const int steps = 4000;
    for (long long step = 1; step <= steps; step++) {
        int pick = -1;
        long long pg = 0;
        for (int v = 0; v < n; v++) {
            long long g = gain(v);
            if (tabu[v] >= step && cur + g <= best) continue;
            if (pick < 0 || g > pg) pick = v, pg = g;
        }
        if (pick < 0) continue;
        for (auto [c, want] : occ[pick]) cnt[c] += x[pick] == want ? -1 : 1;
        x[pick] ^= 1;
        cur += pg;
        tabu[pick] = step + 5 + (long long)(rnd() % (uint64_t)(n / 10 + 2));
        if (cur > best) best = cur, bestx = x;
    }
    for (int v = 0; v < n; v++) printf("%d\n", bestx[v]);
    return 0;
}
