// Greedy construction (start with the item of largest total distance, add the item farthest in sum from
// the chosen ones), then first-improvement swap descent with incremental distance sums, then 200 rounds of
// two random swaps plus descent, keeping a round unless it loses. Deterministic (fixed-seed generator).
#include <cstdint>
#include <cstdio>
#include <vector>

using namespace std;

static int n, m;
static vector<vector<long long>> d;

long long total(const vector<int>& s) {
    long long v = 0;
    for (int a = 0; a < (int)s.size(); a++)
        for (int b = a + 1; b < (int)s.size(); b++) v += d[s[a]][s[b]];
    return v;
}

void descend(vector<int>& s) {
    vector<char> in(n, 0);
    vector<long long> c(n, 0);
    for (int x : s) in[x] = 1;
    for (int i = 0; i < n; i++)
        for (int x : s) c[i] += d[i][x];
    for (bool improved = true; improved;) {
        improved = false;
        for (int a = 0; a < m; a++)
            for (int v = 0; v < n; v++) {
                if (in[v]) continue;
                int u = s[a];
                if (c[v] - c[u] - d[u][v] <= 0) continue;
                for (int i = 0; i < n; i++) c[i] += d[i][v] - d[i][u];
                in[u] = 0, in[v] = 1, s[a] = v;
                improved = true;
            }
    }
}

int main() {
    if (scanf("%d %d", &n, &m) != 2) return 0;
    d.assign(n, vector<long long>(n));
    for (auto& row : d)
        for (auto& x : row) scanf("%lld", &x);
    vector<long long> gain(n, 0);
    vector<char> in(n, 0);
    int first = 0;
    for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) gain[i] += d[i][j];
        if (gain[i] > gain[first]) first = i;
    }
    vector<int> s = {first};
    in[first] = 1;
    fill(gain.begin(), gain.end(), 0);
    for (int i = 0; i < n; i++) gain[i] = d[i][first];
    while ((int)s.size() < m) {
        int v = -1;
        for (int i = 0; i < n; i++)
            if (!in[i] && (v < 0 || gain[i] > gain[v])) v = i;
        s.push_back(v), in[v] = 1;
        for (int i = 0; i < n; i++) gain[i] += d[i][v];
    }
    descend(s);
    long long best = total(s);
    uint64_t st = 88172645463325252ULL;
    auto rnd = [&]() {
        st ^= st << 13;
        st ^= st >> 7;
        st ^= st << 17;
        return st;
    };
    for (int round = 0; round < 200; round++) {
        vector<int> t = s;
        vector<char> tin(n, 0);
        for (int x : t) tin[x] = 1;
        for (int k = 0; k < 2; k++) {
            int v = rnd() % n;
            if (tin[v]) continue;
            int a = rnd() % m;
            tin[t[a]] = 0, tin[v] = 1, t[a] = v;
        }
        descend(t);
        long long val = total(t);
        if (val >= best) best = val, s = t;
    }
    for (int x : s) printf("%d\n", x);
    return 0;
}
