// Restarted k-means: 15 runs of k-means++ seeding (fixed-seed generator), Lloyd iterations, then
// Hartigan's exact single-point moves until none lowers the SSE; the best labelling wins. Deterministic.
#include <cstdint>
#include <cstdio>
#include <vector>

using namespace std;

static int n, k, d;
static vector<vector<double>> x;
static uint64_t state = 88172645463325252ULL;

uint64_t rnd() {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
}

double d2(const vector<double>& a, const vector<double>& b) {
    double s = 0;
    for (int t = 0; t < d; t++) s += (a[t] - b[t]) * (a[t] - b[t]);
    return s;
}

double sse(const vector<int>& lab) {
    vector<vector<double>> sum(k, vector<double>(d, 0));
    vector<double> cnt(k, 0);
    double sq = 0;
    for (int i = 0; i < n; i++) {
        cnt[lab[i]]++;
        for (int t = 0; t < d; t++) sum[lab[i]][t] += x[i][t], sq += x[i][t] * x[i][t];
    }
    for (int c = 0; c < k; c++)
        if (cnt[c] > 0)
            for (int t = 0; t < d; t++) sq -= sum[c][t] * sum[c][t] / cnt[c];
    return sq;
}

vector<int> run() {
    vector<vector<double>> cen;
    cen.push_back(x[rnd() % n]);
    vector<double> best(n, 1e300);
    while ((int)cen.size() < k) {
        double total = 0;
        for (int i = 0; i < n; i++) {
            double v = d2(x[i], cen.back());
            if (v < best[i]) best[i] = v;
            total += best[i];
        }
        double pick = (rnd() % 1000000) / 1e6 * total;
        int chosen = n - 1;
        for (int i = 0; i < n; i++) {
            pick -= best[i];
            if (pick < 0) {
                chosen = i;
                break;
            }
        }
        cen.push_back(x[chosen]);
    }
    vector<int> lab(n, 0);
    for (int it = 0; it < 100; it++) {
        bool changed = false;
        for (int i = 0; i < n; i++) {
            int b = 0;
            for (int c = 1; c < k; c++)
                if (d2(x[i], cen[c]) < d2(x[i], cen[b])) b = c;
            if (b != lab[i] || it == 0) changed |= b != lab[i], lab[i] = b;
        }
        if (!changed && it > 0) break;
        vector<double> cnt(k, 0);
        vector<vector<double>> sum(k, vector<double>(d, 0));
        for (int i = 0; i < n; i++) {
            cnt[lab[i]]++;
            for (int t = 0; t < d; t++) sum[lab[i]][t] += x[i][t];
        }
        for (int c = 0; c < k; c++)
            if (cnt[c] > 0)
                for (int t = 0; t < d; t++) cen[c][t] = sum[c][t] / cnt[c];
    }
    // Hartigan: first-improvement exact transfers
    vector<double> cnt(k, 0);
    vector<vector<double>> sum(k, vector<double>(d, 0));
    for (int i = 0; i < n; i++) {
        cnt[lab[i]]++;
        for (int t = 0; t < d; t++) sum[lab[i]][t] += x[i][t];
    }
    auto dmean = [&](int i, int c) {
        double s = 0;
        for (int t = 0; t < d; t++) {
            double m = sum[c][t] / cnt[c];
            s += (x[i][t] - m) * (x[i][t] - m);
        }
        return s;
    };
    for (bool improved = true; improved;) {
        improved = false;
        for (int i = 0; i < n; i++) {
            int a = lab[i];
            if (cnt[a] <= 1) continue;
            double leave = cnt[a] / (cnt[a] - 1) * dmean(i, a);
            int bc = -1;
            double bj = leave - 1e-7;
            for (int c = 0; c < k; c++) {
                if (c == a) continue;
                double join = cnt[c] == 0 ? 0 : cnt[c] / (cnt[c] + 1) * dmean(i, c);
                if (join < bj) bj = join, bc = c;
            }
            if (bc < 0) continue;
            cnt[a]--, cnt[bc]++;
            for (int t = 0; t < d; t++) sum[a][t] -= x[i][t], sum[bc][t] += x[i][t];
            lab[i] = bc;
            improved = true;
        }
    }
    return lab;
}

int main() {
    if (scanf("%d %d %d", &n, &k, &d) != 3) return 0;
    x.assign(n, vector<double>(d));
    for (auto& p : x)
        for (auto& v : p) {
            long long t;
            scanf("%lld", &t);
            v = (double)t;
        }
    vector<int> best;
    double bv = 0;
    for (int r = 0; r < 15; r++) {
        vector<int> lab = run();
        double v = sse(lab);
        if (best.empty() || v < bv) bv = v, best = lab;
    }
    for (int i = 0; i < n; i++) printf("%d\n", best[i]);
    return 0;
}
