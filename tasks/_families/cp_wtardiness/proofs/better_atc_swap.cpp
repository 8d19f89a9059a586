// Apparent tardiness cost dispatching (look-ahead k = 2), then first-improvement descent over all
// interchanges of two jobs and all moves of one job to another position, until neither improves.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

using namespace std;

int n;
vector<long long> p, w, d;

long long cost(const vector<int>& order) {
    long long t = 0, sum = 0;
    for (int j : order) t += p[j], sum += w[j] * max(0LL, t - d[j]);
    return sum;
}

int main() {
    if (scanf("%d", &n) != 1) return 0;
    p.assign(n, 0), w.assign(n, 0), d.assign(n, 0);
    for (int i = 0; i < n; i++) scanf("%lld %lld %lld", &p[i], &w[i], &d[i]);
    double mean = 0;
    for (long long x : p) mean += (double)x / n;
    vector<int> order;
    vector<bool> used(n, false);
    long long t = 0;
    for (int step = 0; step < n; step++) {
        int pick = -1;
        double best = -1;
        for (int j = 0; j < n; j++) {
            if (used[j]) continue;
            double slack = max(0.0, (double)(d[j] - p[j] - t));
            double priority = (double)w[j] / p[j] * exp(-slack / (2.0 * mean));
            if (priority > best) best = priority, pick = j;
        }
        used[pick] = true;
        order.push_back(pick);
        t += p[pick];
    }
    long long current = cost(order);
    for (bool improved = true; improved;) {
        improved = false;
        for (int a = 0; a < n; a++)
            for (int b = a + 1; b < n; b++) {
                swap(order[a], order[b]);
                long long c = cost(order);
                if (c < current) current = c, improved = true;
                else swap(order[a], order[b]);
            }
        for (int a = 0; a < n; a++)
            for (int b = 0; b < n; b++) {
                if (a == b) continue;
                vector<int> trial = order;
                int job = trial[a];
                trial.erase(trial.begin() + a);
                trial.insert(trial.begin() + b, job);
                long long c = cost(trial);
                if (c < current) current = c, order = trial, improved = true;
            }
    }
    for (int i = 0; i < n; i++) printf("%d\n", order[i]);
    return 0;
}
