// Wrong: leaves the last job out of the schedule (prints n-1 jobs), as if it could be rejected.
#include <cstdio>

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    for (int i = 0; i + 1 < n; i++) printf("%d\n", i);
    return 0;
}
