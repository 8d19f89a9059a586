// NEH: jobs by decreasing total time (ties by index), each inserted at the position of the partial
// sequence where the makespan is smallest (first such position), evaluated with Taillard's heads and tails.
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace std;

int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    vector<vector<long long>> p(n, vector<long long>(m));
    vector<long long> total(n, 0);
    for (int i = 0; i < n; i++)
        for (int j = 0; j < m; j++) scanf("%lld", &p[i][j]), total[i] += p[i][j];
    vector<int> jobs(n), seq;
    for (int i = 0; i < n; i++) jobs[i] = i;
    stable_sort(jobs.begin(), jobs.end(), [&](int a, int b) { return total[a] > total[b]; });
    for (int x : jobs) {
        int k = (int)seq.size();
        vector<vector<long long>> e(k + 1, vector<long long>(m + 1, 0)), q(k + 2, vector<long long>(m + 2, 0));
        for (int i = 1; i <= k; i++)
            for (int j = 1; j <= m; j++) e[i][j] = max(e[i - 1][j], e[i][j - 1]) + p[seq[i - 1]][j - 1];
        for (int i = k; i >= 1; i--)
            for (int j = m; j >= 1; j--) q[i][j] = max(q[i + 1][j], q[i][j + 1]) + p[seq[i - 1]][j - 1];
        long long best = -1;
        int where = 0;
        for (int pos = 0; pos <= k; pos++) {
            long long f = 0, span = 0;
            for (int j = 1; j <= m; j++) {
                f = max(f, e[pos][j]) + p[x][j - 1];
                span = max(span, f + q[pos + 1][j]);
            }
            if (best < 0 || span < best) best = span, where = pos;
        }
        seq.insert(seq.begin() + where, x);
    }
    for (int i = 0; i < n; i++) printf("%d\n", seq[i]);
    return 0;
}
