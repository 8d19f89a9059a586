// Multi-robot path planning (MAPF, AHC-style): bring n robots on a grid from their starts to their goals
// without collisions, minimising the sum of their arrival times.
// Input: "h w n T", h rows of '.' (free) and '#' (blocked), then n lines "sr sc gr gc" (0-based start and goal).
// Output: at most T lines; line t holds n characters, robot i's move in turn t: U (row - 1), D (row + 1),
// L (column - 1), R (column + 1) or '.' (stay). All robots move at once; no two may end a turn on one cell
// or swap cells. Robot cost: the turn after which it stays on its goal, or T + its remaining distance if it
// does not end there. Score per case: round(1e6 * sum of start-goal distances / sum of costs).
#include <algorithm>
#include <cstdio>
#include <queue>
#include <string>
#include <vector>

using namespace std;

static int H, W, N, T;
static vector<string> grid;             // '.' free, '#' blocked
static vector<int> start_cell, goal_cell;  // cells as r * W + c
static const int DR[4] = {-1, 1, 0, 0}, DC[4] = {0, 0, -1, 1};
static const char NAME[5] = {'U', 'D', 'L', 'R', '.'};

static bool free_cell(int r, int c) { return r >= 0 && r < H && c >= 0 && c < W && grid[r][c] == '.'; }

// Distances (in moves, ignoring robots) from `cell` to every cell; -1 where unreachable.
static vector<int> bfs(int cell) {
    vector<int> dist(H * W, -1);
    queue<int> q;
    dist[cell] = 0;
    q.push(cell);
    while (!q.empty()) {
        int u = q.front();
        q.pop();
        for (int d = 0; d < 4; d++) {
            int nr = u / W + DR[d], nc = u % W + DC[d];
            if (!free_cell(nr, nc) || dist[nr * W + nc] >= 0) continue;
            dist[nr * W + nc] = dist[u] + 1;
            q.push(nr * W + nc);
        }
    }
    return dist;
}

// EVOLVE-BLOCK-START
// Prioritised planning: robots with longer trips plan first, each by a breadth-first search over
// (cell, time) that avoids the cells and swaps reserved by the robots planned before it and the starts of
// the robots still to plan (so a robot that finds no route can wait on its start forever). A robot arrives
// only when its goal stays unreserved for the rest of the horizon, then it holds the goal.
vector<string> solve() {
    const int HW = H * W;
    vector<vector<int>> to_goal(N);
    for (int i = 0; i < N; i++) to_goal[i] = bfs(goal_cell[i]);
    vector<int> order(N);
    for (int i = 0; i < N; i++) order[i] = i;
    stable_sort(order.begin(), order.end(),
                [&](int a, int b) { return to_goal[a][start_cell[a]] > to_goal[b][start_cell[b]]; });
    vector<int> reserved((size_t)(T + 1) * HW, -1);  // reserved[t * HW + cell]: the robot there at time t
    vector<int> waiting(HW, 0);                       // starts of robots not planned yet
    for (int i = 0; i < N; i++) waiting[start_cell[i]] = 1;
    vector<int> stamp((size_t)(T + 1) * HW, -1), parent((size_t)(T + 1) * HW, -1);
    vector<vector<int>> path(N, vector<int>(T + 1));
    int length = 0;
    for (int k : order) {
        waiting[start_cell[k]] = 0;
        int g = goal_cell[k], last = -1;
        for (int t = 0; t <= T; t++)
            if (reserved[(size_t)t * HW + g] >= 0) last = t;
        vector<int> layer = {start_cell[k]};
        stamp[start_cell[k]] = k;
        int found = -1;
        for (int t = 0; t <= T && !layer.empty(); t++) {
            bool done = false;
            for (int u : layer)
                if (u == g && t > last) found = t, done = true;
            if (done || t == T) break;
            vector<int> next;
            for (int u : layer)
                for (int d = 0; d < 5; d++) {
                    int v = u;
                    if (d < 4) {
                        int nr = u / W + DR[d], nc = u % W + DC[d];
                        if (!free_cell(nr, nc)) continue;
                        v = nr * W + nc;
                    }
                    size_t s = (size_t)(t + 1) * HW + v;
                    if (stamp[s] == k || waiting[v] || reserved[s] >= 0) continue;
                    int other = reserved[(size_t)(t + 1) * HW + u];
                    if (other >= 0 && reserved[(size_t)t * HW + v] == other) continue;  // a swap
                    stamp[s] = k, parent[s] = u;
                    next.push_back(v);
                }
            layer.swap(next);
        }
        if (found < 0) {
            for (int t = 0; t <= T; t++) path[k][t] = start_cell[k];
        } else {
            int cell = g;
            for (int t = found; t >= 0; t--) {
                path[k][t] = cell;
                if (t > 0) cell = parent[(size_t)t * HW + cell];
            }
            for (int t = found + 1; t <= T; t++) path[k][t] = g;
            length = max(length, found);
        }
        for (int t = 0; t <= T; t++) reserved[(size_t)t * HW + path[k][t]] = k;
    }
    vector<string> plan(length, string(N, '.'));
    for (int t = 0; t < length; t++)
        for (int i = 0; i < N; i++) {
            int diff = path[i][t + 1] - path[i][t];
            plan[t][i] = diff == -W ? 'U' : diff == W ? 'D' : diff == -1 ? 'L' : diff == 1 ? 'R' : '.';
        }
    return plan;
}
// EVOLVE-BLOCK-END

int main() {
    if (scanf("%d %d %d %d", &H, &W, &N, &T) != 4) return 0;
    grid.assign(H, "");
    char row[1024];
    for (int r = 0; r < H; r++) {
        scanf("%1023s", row);
        grid[r] = row;
    }
    start_cell.resize(N), goal_cell.resize(N);
    for (int i = 0; i < N; i++) {
        int sr, sc, gr, gc;
        scanf("%d %d %d %d", &sr, &sc, &gr, &gc);
        start_cell[i] = sr * W + sc, goal_cell[i] = gr * W + gc;
    }
    vector<string> plan = solve();
    for (auto& line : plan) printf("%s\n", line.c_str());
    return 0;
}
