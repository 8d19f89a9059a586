// Wrong: a sensible assignment (each job on its fastest machine) followed by its makespan, as if the
// format asked for the objective too; the extra token makes every answer malformed.
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace std;

int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    vector<vector<long long>> p(n, vector<long long>(m));
    for (auto& row : p)
        for (auto& x : row) scanf("%lld", &x);
    vector<long long> load(m, 0);
    for (int i = 0; i < n; i++) {
        int k = (int)(min_element(p[i].begin(), p[i].end()) - p[i].begin());
        load[k] += p[i][k];
        printf("%d\n", k);
    }
    printf("%lld\n", *max_element(load.begin(), load.end()));
    return 0;
}
