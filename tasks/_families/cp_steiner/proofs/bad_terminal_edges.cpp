// Wrong: assumes the terminals are already adjacent to one another and keeps only the edges between two
// terminals; in these sparse graphs that leaves terminals apart, so every case is rejected.
#include <cstdio>
#include <vector>

using namespace std;

int main() {
    int n, m, t;
    if (scanf("%d %d %d", &n, &m, &t) != 3) return 0;
    vector<int> eu(m), ev(m), ew(m);
    for (int i = 0; i < m; i++) scanf("%d %d %d", &eu[i], &ev[i], &ew[i]);
    vector<bool> terminal(n, false);
    for (int i = 0; i < t; i++) {
        int x;
        scanf("%d", &x);
        terminal[x] = true;
    }
    vector<int> chosen;
    for (int i = 0; i < m; i++)
        if (terminal[eu[i]] && terminal[ev[i]]) chosen.push_back(i);
    printf("%d\n", (int)chosen.size());
    for (int i : chosen) printf("%d\n", i);
    return 0;
}
