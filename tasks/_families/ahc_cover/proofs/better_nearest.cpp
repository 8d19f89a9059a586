// Lawn mowing (coverage path, AHC-style): visit every grass cell of a grid with obstacles, using as few
// steps and turns as possible.
// Input: "h w t b sr sc", then h rows of '.' (grass) and '#' (obstacle); the mower starts at (sr, sc).
// Output: the route as a string of moves U (row - 1), D (row + 1), L (column - 1), R (column + 1), at most
// 20 per grass cell. Every grass cell must be visited; with b = 1 the route must end at the start.
// Cost: steps + t * turns (a 90-degree turn counts 1, a reversal 2); score per case round(1e6 * (F - 1 + b) / cost).
#include <algorithm>
#include <cstdio>
#include <queue>
#include <string>
#include <vector>

using namespace std;

static int H, W, TURN, BACK, SR, SC;
static vector<string> grid;  // grid[r][c]: '.' grass, '#' obstacle
static const int DR[4] = {-1, 0, 1, 0}, DC[4] = {0, 1, 0, -1};
static const char NAME[4] = {'U', 'R', 'D', 'L'};  // direction d moves by (DR[d], DC[d])

static bool grass(int r, int c) { return r >= 0 && r < H && c >= 0 && c < W && grid[r][c] == '.'; }

// EVOLVE-BLOCK-START
// Greedy: from where the mower stands (and faces), go to the cheapest unvisited cell, pricing a path by
// steps + t * turns (ties: fewer turns), found by Dijkstra over (cell, heading); at the end, go home if b = 1.
string solve() {
    vector<vector<bool>> seen(H, vector<bool>(W, false));
    string route;
    int r = SR, c = SC, heading = 4;  // 4: no heading yet (the first move is free of turns)
    seen[r][c] = true;
    int left = -1;
    for (int i = 0; i < H; i++)
        for (int j = 0; j < W; j++) left += grid[i][j] == '.';
    auto turn_cost = [](int a, int b) { return a == 4 || a == b ? 0 : ((a + 2) % 4 == b ? 2 : 1); };
    // The cheapest path to a cell accepted by `goal`; walks it, marking cells seen.
    auto travel = [&](auto goal) {
        const long long INF = 1LL << 60;
        vector<long long> dist((size_t)H * W * 5, INF);
        vector<int> from((size_t)H * W * 5, -1);
        priority_queue<pair<long long, int>, vector<pair<long long, int>>, greater<>> pq;
        int s0 = (r * W + c) * 5 + heading;
        dist[s0] = 0;
        pq.push({0, s0});
        int found = -1;
        while (!pq.empty()) {
            auto [d, s] = pq.top();
            pq.pop();
            if (d != dist[s]) continue;
            int cell = s / 5, h = s % 5, cr = cell / W, cc = cell % W;
            if (s != s0 && goal(cr, cc)) {
                found = s;
                break;
            }
            for (int k = 0; k < 4; k++) {
                int nr = cr + DR[k], nc = cc + DC[k];
                if (!grass(nr, nc)) continue;
                int turns = turn_cost(h, k);
                long long nd = d + (1 + (long long)TURN * turns) * 8 + turns;
                int ns = (nr * W + nc) * 5 + k;
                if (nd < dist[ns]) dist[ns] = nd, from[ns] = s, pq.push({nd, ns});
            }
        }
        if (found < 0) return false;
        string path;
        for (int s = found; s != s0; s = from[s]) path += NAME[s % 5];
        for (int k = (int)path.size() - 1; k >= 0; k--) {
            int d = 0;
            while (NAME[d] != path[k]) d++;
            r += DR[d], c += DC[d], heading = d;
            if (!seen[r][c]) seen[r][c] = true, left--;
            route += path[k];
        }
        return true;
    };
    while (left > 0)
        if (!travel([&](int i, int j) { return !seen[i][j]; })) break;
    if (BACK && (r != SR || c != SC)) travel([&](int i, int j) { return i == SR && j == SC; });
    return route;
}
// EVOLVE-BLOCK-END

int main() {
    if (scanf("%d %d %d %d %d %d", &H, &W, &TURN, &BACK, &SR, &SC) != 6) return 0;
    grid.assign(H, "");
    char row[1024];
    for (int r = 0; r < H; r++) {
        scanf("%1023s", row);
        grid[r] = row;
    }
    string route = solve();
    printf("%s\n", route.c_str());
    return 0;
}
