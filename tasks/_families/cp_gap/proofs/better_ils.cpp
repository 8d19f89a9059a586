// Iterated local search: the best-fit construction (jobs in input order, each to the agent it uses least
// that still has room), first-improvement shift and swap moves that keep every capacity, then rounds of
// three random feasible shifts plus descent, keeping a round unless it costs more. A fixed-seed generator
// and a fixed round count keep the answer deterministic.
#include <cstdint>
#include <cstdio>
#include <vector>

using namespace std;

static int m, n;
static vector<vector<long long>> c, r;
static vector<long long> b;

void descend(vector<int>& a, vector<long long>& load) {
    for (bool improved = true; improved;) {
        improved = false;
        for (int j = 0; j < n; j++)
            for (int i = 0; i < m; i++)
                if (i != a[j] && load[i] + r[i][j] <= b[i] && c[i][j] < c[a[j]][j]) {
                    load[a[j]] -= r[a[j]][j];
                    load[i] += r[i][j];
                    a[j] = i;
                    improved = true;
                }
        for (int j = 0; j < n; j++)
            for (int k = j + 1; k < n; k++) {
                int x = a[j], y = a[k];
                if (x == y) continue;
                long long gain = c[x][j] + c[y][k] - c[y][j] - c[x][k];
                if (gain <= 0) continue;
                if (load[x] - r[x][j] + r[x][k] > b[x] || load[y] - r[y][k] + r[y][j] > b[y]) continue;
                load[x] += r[x][k] - r[x][j];
                load[y] += r[y][j] - r[y][k];
                a[j] = y, a[k] = x;
                improved = true;
            }
    }
}

long long total(const vector<int>& a) {
    long long s = 0;
    for (int j = 0; j < n; j++) s += c[a[j]][j];
    return s;
}

int main() {
    if (scanf("%d %d", &m, &n) != 2) return 0;
    c.assign(m, vector<long long>(n));
    r.assign(m, vector<long long>(n));
    b.assign(m, 0);
    for (auto& row : c)
        for (auto& x : row) scanf("%lld", &x);
    for (auto& row : r)
        for (auto& x : row) scanf("%lld", &x);
    for (auto& x : b) scanf("%lld", &x);
    vector<int> a(n, 0);
    vector<long long> load(m, 0);
    for (int j = 0; j < n; j++) {
        int pick = -1;
        for (int i = 0; i < m; i++)
            if (load[i] + r[i][j] <= b[i] && (pick < 0 || r[i][j] < r[pick][j])) pick = i;
        if (pick < 0) pick = 0;
        a[j] = pick;
        load[pick] += r[pick][j];
    }
    descend(a, load);
    long long best = total(a);
    uint64_t s = 88172645463325252ULL;
    auto rnd = [&]() {
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        return s;
    };
    for (int round = 0; round < 300; round++) {
        vector<int> t = a;
        vector<long long> tl = load;
        for (int kick = 0; kick < 3; kick++) {
            int j = rnd() % n, i = rnd() % m;
            if (i != t[j] && tl[i] + r[i][j] <= b[i]) {
                tl[t[j]] -= r[t[j]][j];
                tl[i] += r[i][j];
                t[j] = i;
            }
        }
        descend(t, tl);
        long long v = total(t);
        if (v <= best) best = v, a = t, load = tl;
    }
    for (int j = 0; j < n; j++) printf("%d\n", a[j]);
    return 0;
}
