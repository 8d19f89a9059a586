// Warehouse picking (AHC-style): a picker with a small basket collects valuable items from the shelves of a
// warehouse and brings them to the depot within a turn limit.
// Input: "h w cap T k dr dc", h rows of '#' (shelf) and '.' (floor), then k lines "r c v" (an item of value v
// on floor cell (r, c)). The picker starts on the depot (dr, dc).
// Output: one character per turn, at most T: U/D/L/R move (row -1 / row +1 / column -1 / column +1, onto
// floor only), P picks up the item here (at most cap held), X drops everything held at the depot (delivered).
// Score per case: round(1e6 * delivered value / total value of all items).
#include <algorithm>
#include <cstdio>
#include <queue>
#include <string>
#include <vector>

using namespace std;

static int H, W, CAP, T, K, DR0, DC0;
static vector<string> grid;               // '#' shelf, '.' floor
static vector<int> item_r, item_c, item_v;  // item i: cell (item_r[i], item_c[i]), value item_v[i]
static const int DR[4] = {-1, 1, 0, 0}, DC[4] = {0, 0, -1, 1};
static const char NAME[4] = {'U', 'D', 'L', 'R'};

// Distances (in moves) from cell (r, c) to every cell, index r * W + c; -1 where unreachable.
static vector<int> bfs(int r, int c) {
    vector<int> dist(H * W, -1);
    queue<int> q;
    dist[r * W + c] = 0;
    q.push(r * W + c);
    while (!q.empty()) {
        int cell = q.front();
        q.pop();
        for (int d = 0; d < 4; d++) {
            int nr = cell / W + DR[d], nc = cell % W + DC[d];
            if (nr < 0 || nr >= H || nc < 0 || nc >= W || grid[nr][nc] != '.' || dist[nr * W + nc] >= 0) continue;
            dist[nr * W + nc] = dist[cell] + 1;
            q.push(nr * W + nc);
        }
    }
    return dist;
}

// A shortest sequence of moves from (r0, c0) to (r1, c1).
static string path(int r0, int c0, int r1, int c1) {
    vector<int> dist = bfs(r1, c1);
    string moves;
    int r = r0, c = c0;
    while (r != r1 || c != c1) {
        for (int d = 0; d < 4; d++) {
            int nr = r + DR[d], nc = c + DC[d];
            if (nr < 0 || nr >= H || nc < 0 || nc >= W || dist[nr * W + nc] != dist[r * W + c] - 1) continue;
            r = nr, c = nc;
            moves += NAME[d];
            break;
        }
    }
    return moves;
}

// EVOLVE-BLOCK-START
// One item per trip: from the depot, fetch the nearest item that can still be brought back in time.
string solve() {
    vector<int> home = bfs(DR0, DC0);
    vector<bool> taken(K, false);
    string plan;
    while (true) {
        int best = -1;
        for (int i = 0; i < K; i++) {
            int d = home[item_r[i] * W + item_c[i]];
            if (taken[i] || d < 0 || (int)plan.size() + 2 * d + 2 > T) continue;
            if (best < 0 || d < home[item_r[best] * W + item_c[best]]) best = i;
        }
        if (best < 0) break;
        taken[best] = true;
        plan += path(DR0, DC0, item_r[best], item_c[best]) + "P";
        plan += path(item_r[best], item_c[best], DR0, DC0) + "X";
    }
    return plan;
}
// EVOLVE-BLOCK-END

int main() {
    if (scanf("%d %d %d %d %d %d %d", &H, &W, &CAP, &T, &K, &DR0, &DC0) != 7) return 0;
    grid.assign(H, "");
    char row[1024];
    for (int r = 0; r < H; r++) {
        scanf("%1023s", row);
        grid[r] = row;
    }
    item_r.resize(K), item_c.resize(K), item_v.resize(K);
    for (int i = 0; i < K; i++) scanf("%d %d %d", &item_r[i], &item_c[i], &item_v[i]);
    string plan = solve();
    printf("%s\n", plan.c_str());
    return 0;
}
