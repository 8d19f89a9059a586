// Serial schedule generation with the latest-finish-time priority rule, then forward-backward
// improvement: right-justify every activity (backward pass in order of decreasing finish), left-justify
// again (forward pass in order of increasing start), while the makespan drops (at most 20 rounds).
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace std;

int n, R;
vector<long long> cap, dur;
vector<vector<long long>> req;
vector<vector<int>> succ, pred;

// Serial scheme: among the activities whose `before` set is scheduled, the smallest (key, index) goes
// next, at the earliest time its `before` activities and the resources allow.
vector<long long> sgs(const vector<long long>& key, bool backward) {
    const vector<vector<int>>& before = backward ? succ : pred;
    const vector<vector<int>>& after = backward ? pred : succ;
    long long horizon = 0;
    for (long long d : dur) horizon += d;
    vector<vector<long long>> room(horizon + 1, cap);
    vector<long long> start(n, -1);
    vector<int> waiting(n);
    for (int j = 0; j < n; j++) waiting[j] = (int)before[j].size();
    long long end = 0;
    for (int step = 0; step < n; step++) {
        int j = -1;
        for (int a = 0; a < n; a++)
            if (start[a] < 0 && waiting[a] == 0 && (j < 0 || key[a] < key[j])) j = a;
        long long t = 0;
        for (int i : before[j]) t = max(t, start[i] + dur[i]);
        for (;; t++) {
            bool ok = true;
            for (long long u = t; u < t + dur[j] && ok; u++)
                for (int k = 0; k < R && ok; k++) ok = room[u][k] >= req[j][k];
            if (ok) break;
        }
        start[j] = t;
        for (long long u = t; u < t + dur[j]; u++)
            for (int k = 0; k < R; k++) room[u][k] -= req[j][k];
        end = max(end, t + dur[j]);
        for (int a : after[j]) waiting[a]--;
    }
    if (backward)
        for (int j = 0; j < n; j++) start[j] = end - start[j] - dur[j];
    return start;
}

long long span(const vector<long long>& start) {
    long long m = 0;
    for (int j = 0; j < n; j++) m = max(m, start[j] + dur[j]);
    return m;
}

int main() {
    if (scanf("%d %d", &n, &R) != 2) return 0;
    cap.assign(R, 0);
    for (auto& c : cap) scanf("%lld", &c);
    dur.assign(n, 0);
    req.assign(n, vector<long long>(R));
    succ.assign(n, {});
    pred.assign(n, {});
    for (int j = 0; j < n; j++) {
        int s;
        scanf("%lld", &dur[j]);
        for (auto& r : req[j]) scanf("%lld", &r);
        scanf("%d", &s);
        succ[j].resize(s);
        for (auto& x : succ[j]) scanf("%d", &x), pred[x].push_back(j);
    }
    // latest finish times of the unconstrained network (activities are numbered topologically)
    vector<long long> es(n, 0), lf(n);
    for (int i = 0; i < n; i++)
        for (int j : succ[i]) es[j] = max(es[j], es[i] + dur[i]);
    long long cpm = 0;
    for (int j = 0; j < n; j++) cpm = max(cpm, es[j] + dur[j]);
    for (int i = n - 1; i >= 0; i--) {
        lf[i] = cpm;
        for (int j : succ[i]) lf[i] = min(lf[i], lf[j] - dur[j]);
    }
    vector<long long> best = sgs(lf, false);
    for (int round = 0; round < 20; round++) {
        vector<long long> key(n);
        for (int j = 0; j < n; j++) key[j] = -(best[j] + dur[j]);
        vector<long long> right = sgs(key, true);
        vector<long long> left = sgs(right, false);
        if (span(left) >= span(best)) break;
        best = left;
    }
    for (int j = 0; j < n; j++) printf("%lld\n", best[j]);
    return 0;
}
