// Resource-constrained project scheduling, RCPSP (Frontier-CS style partial-score problem).
// Input: n activities and R resources, the R capacities, then per activity j: duration d, its R resource
// demands, the number of successors and the successors (0-based). Activities are numbered so that every
// successor has a larger number than its predecessor.
// Output: n start times. An activity may start only when all its predecessors have finished, and at any
// time the running activities may use at most the capacity of each resource.
// Objective: the makespan (latest finish time), the smaller the better.
#include <cstdio>
#include <vector>

using namespace std;

static int n, R;
static vector<long long> cap, dur;
static vector<vector<long long>> req;
static vector<vector<int>> succ;

// EVOLVE-BLOCK-START
vector<long long> solve() {
    // one activity at a time, in numbering order
    vector<long long> start(n);
    long long t = 0;
    for (int j = 0; j < n; j++) start[j] = t, t += dur[j];
    return start;
}
// EVOLVE-BLOCK-END

int main() {
    if (scanf("%d %d", &n, &R) != 2) return 0;
    cap.assign(R, 0);
    for (auto& c : cap) scanf("%lld", &c);
    dur.assign(n, 0);
    req.assign(n, vector<long long>(R));
    succ.assign(n, {});
    for (int j = 0; j < n; j++) {
        int s;
        scanf("%lld", &dur[j]);
        for (auto& r : req[j]) scanf("%lld", &r);
        scanf("%d", &s);
        succ[j].resize(s);
        for (auto& x : succ[j]) scanf("%d", &x);
    }
    vector<long long> start = solve();
    for (int j = 0; j < n; j++) printf("%lld\n", start[j]);
    return 0;
}
