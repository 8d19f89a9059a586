// Wrong: two colours by vertex parity, as if every graph were bipartite; some edge joins two vertices
// of the same parity, so every case is infeasible.
#include <cstdio>

int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    for (int v = 0; v < n; v++) printf("%d\n", v % 2 + 1);
    return 0;
}
