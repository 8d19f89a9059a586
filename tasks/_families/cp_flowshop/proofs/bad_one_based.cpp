// Wrong: prints the jobs numbered from 1 as in a 1-based statement; job n does not exist.
#include <cstdio>

int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    for (int i = 1; i <= n; i++) printf("%d\n", i);
    return 0;
}
