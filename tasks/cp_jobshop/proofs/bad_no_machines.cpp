// Wrong: runs every job as early as its own order allows and ignores that a machine serves one job at a
// time, so jobs overlap on some machine in every case (infeasible).
#include <cstdio>

int main() {
    int J, M;
    if (scanf("%d %d", &J, &M) != 2) return 0;
    for (int j = 0; j < J; j++) {
        long long t = 0;
        for (int k = 0; k < M; k++) {
            int m, d;
            scanf("%d %d", &m, &d);
            printf("%lld%c", t, k + 1 < M ? ' ' : '\n');
            t += d;
        }
    }
    return 0;
}
