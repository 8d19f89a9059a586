// Wrong: numbers parts 1..k as in a 1-based statement; the number dealt to part k has no valid label.
#include <cstdio>

int main() {
    int n, k;
    long long x;
    if (scanf("%d %d", &n, &k) != 2) return 0;
    for (int i = 0; i < n; i++) scanf("%lld", &x);
    for (int i = 0; i < n; i++) printf("%d\n", i % k + 1);
    return 0;
}
