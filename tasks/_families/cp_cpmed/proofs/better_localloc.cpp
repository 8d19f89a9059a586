// Location-allocation local search: the seed's construction, then repeatedly (a) first-improvement shift
// and swap moves of customers between medians that keep every capacity and (b) moving each median to the
// member of its cluster with the least distance sum, until neither improves; then a fixed number of
// rounds that replace a random median by a random customer, reallocate by decreasing demand to the nearest
// median with room and improve again, keeping a round unless it costs more. Deterministic (fixed seed).
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <vector>

using namespace std;

static int n, p;
static long long Q;
static vector<long long> X, Y, D;
static vector<vector<double>> dist;
static vector<int> order;

bool allocate(const vector<int>& meds, vector<int>& a) {
    a.assign(n, -1);
    vector<long long> load(n, 0);
    for (int m : meds) a[m] = m, load[m] = D[m];
    for (int i : order) {
        if (a[i] >= 0) continue;
        int pick = -1;
        for (int m : meds)
            if (load[m] + D[i] <= Q && (pick < 0 || dist[i][m] < dist[i][pick])) pick = m;
        if (pick < 0) return false;
        a[i] = pick;
        load[pick] += D[i];
    }
    return true;
}

double total(const vector<int>& a) {
    double s = 0;
    for (int i = 0; i < n; i++) s += dist[i][a[i]];
    return s;
}

void improve(vector<int>& a) {
    for (bool again = true; again;) {
        again = false;
        vector<long long> load(n, 0);
        for (int i = 0; i < n; i++) load[a[i]] += D[i];
        vector<int> meds;
        for (int i = 0; i < n; i++)
            if (a[i] == i) meds.push_back(i);
        for (bool improved = true; improved;) {
            improved = false;
            for (int i = 0; i < n; i++) {
                if (a[i] == i) continue;
                for (int m : meds)
                    if (m != a[i] && load[m] + D[i] <= Q && dist[i][m] < dist[i][a[i]] - 1e-9) {
                        load[a[i]] -= D[i], load[m] += D[i], a[i] = m, improved = true;
                    }
            }
            for (int i = 0; i < n; i++)
                for (int k = i + 1; k < n; k++) {
                    int x = a[i], y = a[k];
                    if (x == y || x == i || y == k) continue;
                    double gain = dist[i][x] + dist[k][y] - dist[i][y] - dist[k][x];
                    if (gain <= 1e-9) continue;
                    if (load[y] - D[k] + D[i] > Q || load[x] - D[i] + D[k] > Q) continue;
                    load[y] += D[i] - D[k], load[x] += D[k] - D[i];
                    a[i] = y, a[k] = x, improved = true;
                }
        }
        for (int m : meds) {
            vector<int> members;
            for (int i = 0; i < n; i++)
                if (a[i] == m) members.push_back(i);
            int best = m;
            double bs = 0;
            for (int i : members) bs += dist[m][i];
            for (int c : members) {
                double s = 0;
                for (int i : members) s += dist[c][i];
                if (s < bs - 1e-9) bs = s, best = c;
            }
            if (best != m) {
                for (int i : members) a[i] = best;
                again = true;
            }
        }
    }
}

int main() {
    if (scanf("%d %d %lld", &n, &p, &Q) != 3) return 0;
    X.assign(n, 0), Y.assign(n, 0), D.assign(n, 0);
    for (int i = 0; i < n; i++) scanf("%lld %lld %lld", &X[i], &Y[i], &D[i]);
    dist.assign(n, vector<double>(n));
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++) dist[i][j] = hypot((double)(X[i] - X[j]), (double)(Y[i] - Y[j]));
    order.resize(n);
    for (int i = 0; i < n; i++) order[i] = i;
    stable_sort(order.begin(), order.end(), [](int i, int j) { return D[i] > D[j]; });
    vector<int> meds(p), a;
    for (int m = 0; m < p; m++) meds[m] = m;
    allocate(meds, a);
    improve(a);
    double best = total(a);
    uint64_t s = 88172645463325252ULL;
    auto rnd = [&]() {
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        return s;
    };
    for (int round = 0; round < 60; round++) {
        vector<int> cur;
        for (int i = 0; i < n; i++)
            if (a[i] == i) cur.push_back(i);
        int in = rnd() % n;
        if (a[in] == in) continue;
        cur[rnd() % cur.size()] = in;
        vector<int> t;
        if (!allocate(cur, t)) continue;
        improve(t);
        double v = total(t);
        if (v <= best) best = v, a = t;
    }
    for (int i = 0; i < n; i++) printf("%d\n", a[i]);
    return 0;
}
