// Wrong: puts every rectangle at the origin, as if they could overlap; every case has overlaps.
#include <cstdio>

int main() {
    int n, W;
    if (scanf("%d %d", &n, &W) != 2) return 0;
    for (int i = 0; i < n; i++) printf("0 0\n");
    return 0;
}
