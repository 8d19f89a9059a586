// Wrong: the earliest-start schedule of the precedence network, as if resources were unlimited; the
// generator guarantees that it overloads some resource in every case.
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace std;

int main() {
    int n, R;
    if (scanf("%d %d", &n, &R) != 2) return 0;
    long long x;
    for (int k = 0; k < R; k++) scanf("%lld", &x);
    vector<long long> dur(n), start(n, 0);
    vector<vector<int>> succ(n);
    for (int j = 0; j < n; j++) {
        int s;
        scanf("%lld", &dur[j]);
        for (int k = 0; k < R; k++) scanf("%lld", &x);
        scanf("%d", &s);
        succ[j].resize(s);
        for (auto& y : succ[j]) scanf("%d", &y);
    }
    for (int i = 0; i < n; i++)
        for (int j : succ[i]) start[j] = max(start[j], start[i] + dur[i]);
    for (int j = 0; j < n; j++) printf("%lld\n", start[j]);
    return 0;
}
