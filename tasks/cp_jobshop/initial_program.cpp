// Job-shop scheduling (Frontier-CS style partial-score problem).
// Input: J M, then J lines "m_0 d_0 .. m_{M-1} d_{M-1}": each job's operations in order (machine, duration).
// Output: J lines of M start times, the start of each job's operations in input order. A job's operations
// run one after another, and a machine runs one operation at a time.
// Objective: the makespan (the largest end time), the smaller the better.
#include <cstdio>
#include <vector>

using namespace std;

static int J, M;
static vector<vector<int>> machine, duration;  // [job][step]

// EVOLVE-BLOCK-START
vector<vector<long long>> solve() {
    // one operation at a time over the whole shop: job 0 from start to end, then job 1, ...
    vector<vector<long long>> start(J, vector<long long>(M));
    long long t = 0;
    for (int j = 0; j < J; j++)
        for (int k = 0; k < M; k++) {
            start[j][k] = t;
            t += duration[j][k];
        }
    return start;
}
// EVOLVE-BLOCK-END

int main() {
    if (scanf("%d %d", &J, &M) != 2) return 0;
    machine.assign(J, vector<int>(M));
    duration.assign(J, vector<int>(M));
    for (int j = 0; j < J; j++)
        for (int k = 0; k < M; k++) scanf("%d %d", &machine[j][k], &duration[j][k]);
    vector<vector<long long>> start = solve();
    for (int j = 0; j < J; j++)
        for (int k = 0; k < M; k++) printf("%lld%c", start[j][k], k + 1 < M ? ' ' : '\n');
    return 0;
}
