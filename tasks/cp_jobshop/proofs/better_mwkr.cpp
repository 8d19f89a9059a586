// Giffler-Thompson active schedule with the most-work-remaining rule: among the operations competing for
// the machine that can finish first, the job with the most processing left goes first.
#include <cstdio>
#include <vector>

using namespace std;

int main() {
    int J, M;
    if (scanf("%d %d", &J, &M) != 2) return 0;
    vector<vector<int>> mach(J, vector<int>(M)), dur(J, vector<int>(M));
    vector<long long> left(J, 0);
    for (int j = 0; j < J; j++)
        for (int k = 0; k < M; k++) scanf("%d %d", &mach[j][k], &dur[j][k]), left[j] += dur[j][k];
    vector<int> step(J, 0);
    vector<long long> job_ready(J, 0), mach_ready(M, 0);
    vector<vector<long long>> start(J, vector<long long>(M, 0));
    for (int done = 0; done < J * M; done++) {
        long long finish = -1;
        int m_star = -1;
        for (int j = 0; j < J; j++) {
            if (step[j] == M) continue;
            int m = mach[j][step[j]];
            long long end = max(job_ready[j], mach_ready[m]) + dur[j][step[j]];
            if (finish < 0 || end < finish) finish = end, m_star = m;
        }
        int pick = -1;
        for (int j = 0; j < J; j++) {
            if (step[j] == M || mach[j][step[j]] != m_star) continue;
            if (max(job_ready[j], mach_ready[m_star]) >= finish) continue;
            if (pick < 0 || left[j] > left[pick]) pick = j;
        }
        int k = step[pick];
        long long s = max(job_ready[pick], mach_ready[m_star]);
        start[pick][k] = s;
        job_ready[pick] = mach_ready[m_star] = s + dur[pick][k];
        left[pick] -= dur[pick][k];
        step[pick]++;
    }
    for (int j = 0; j < J; j++)
        for (int k = 0; k < M; k++) printf("%lld%c", start[j][k], k + 1 < M ? ' ' : '\n');
    return 0;
}
