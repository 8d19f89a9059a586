// Wrong: puts every item into bin 0 as if bins had no capacity; every case holds far more than C in one bin.
#include <cstdio>

int main() {
    int n;
    long long capacity, x;
    if (scanf("%d %lld", &n, &capacity) != 2) return 0;
    for (int i = 0; i < n; i++) scanf("%lld", &x);
    for (int i = 0; i < n; i++) printf("0\n");
    return 0;
}
