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
// Depth-first search: go to an unvisited neighbour (trying U, R, D, L in turn), back up when there is none.
// The walk returns to the start when the search ends; without b = 1 the final walk back is cut off.
string solve() {
    vector<vector<bool>> seen(H, vector<bool>(W, false));
    vector<int> trail;  // directions taken on the way down, to back up along
    string route;
    int r = SR, c = SC;
    seen[r][c] = true;
    size_t last_new = 0;  // route length when the last new cell was reached
    while (true) {
        int d = 0;
        while (d < 4 && !(grass(r + DR[d], c + DC[d]) && !seen[r + DR[d]][c + DC[d]])) d++;
        if (d < 4) {
            r += DR[d], c += DC[d];
            seen[r][c] = true;
            trail.push_back(d);
            route += NAME[d];
            last_new = route.size();
        } else if (!trail.empty()) {
            int back = (trail.back() + 2) % 4;
            trail.pop_back();
            r += DR[back], c += DC[back];
            route += NAME[back];
        } else {
            break;
        }
    }
    if (!BACK) route.resize(last_new);
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
