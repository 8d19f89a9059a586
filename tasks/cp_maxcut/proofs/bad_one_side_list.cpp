// Wrong format: prints the vertices of side 1 as a list of indices instead of one 0/1 side per vertex,
// so every case is malformed (too few tokens, or values other than 0 and 1).
#include <cstdio>

int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    for (int v = 1; v < n; v += 2) printf("%d\n", v);
    return 0;
}
