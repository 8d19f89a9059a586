// Wrong: one vehicle visits every customer in input order, as if its capacity were unlimited; the total
// demand always exceeds Q, so every case is infeasible.
#include <cstdio>

int main() {
    int n, cap;
    if (scanf("%d %d", &n, &cap) != 2) return 0;
    printf("1\n%d", n);
    for (int i = 1; i <= n; i++) printf(" %d", i);
    printf("\n");
    return 0;
}
