// BAD PROOF (must be rejected): robots step into cells other robots still occupy.
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
// Turn by turn, robots in index order: a robot off its goal steps to a neighbour closer to its goal if that
// cell is empty at the start of the turn and no earlier robot claimed it (so no conflicts can arise).
// Stops when a turn moves nobody.
vector<string> solve() {
    vector<vector<int>> to_goal(N);
    for (int i = 0; i < N; i++) to_goal[i] = bfs(goal_cell[i]);
    vector<int> at = start_cell;
    vector<int> occupied(H * W, -1);
    for (int i = 0; i < N; i++) occupied[at[i]] = i;
    vector<string> plan;
    for (int t = 0; t < T; t++) {
        string row(N, '.');
        vector<bool> claimed(H * W, false);
        bool any = false;
        for (int i = 0; i < N; i++) {
            if (at[i] == goal_cell[i]) continue;
            for (int d = 0; d < 4; d++) {
                int nr = at[i] / W + DR[d], nc = at[i] % W + DC[d];
                if (!free_cell(nr, nc)) continue;
                int cell = nr * W + nc;
                if (to_goal[i][cell] != to_goal[i][at[i]] - 1 || claimed[cell]) continue;
                claimed[cell] = true;
                row[i] = NAME[d];
                any = true;
                break;
            }
        }
        if (!any) break;
        for (int i = 0; i < N; i++) occupied[at[i]] = -1;  // apply the turn
        for (int i = 0; i < N; i++) {
            int d = row[i] == '.' ? 4 : (int)(find(NAME, NAME + 4, row[i]) - NAME);
            if (d < 4) at[i] += DR[d] * W + DC[d];
            occupied[at[i]] = i;
        }
        plan.push_back(row);
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
