// BAD PROOF (must be rejected): walks the empty cell off the top of the board.
// Sliding-tile picture (AHC-style): slide coloured tiles of an N x N puzzle with one empty cell so that as
// many cells as possible show the target picture when the moves run out.
// Input: "N C M", N rows of the start (colours 1..C, 0 = the empty cell), N rows of the target picture.
// Output: a string of at most M moves U / D / L / R, each moving the empty cell one step (the tile there
// slides into the old empty cell); the empty cell must stay on the board.
// Score per case: round(1e6 * cells matching the target at the end (empty cell included) / N^2).
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

using namespace std;

static int N, C, M;
static vector<int> start_board, target;  // row-major, 0 = empty
static const int DR[4] = {-1, 1, 0, 0}, DC[4] = {0, 0, -1, 1};
static const char NAME[4] = {'U', 'D', 'L', 'R'};

// The puzzle, with an O(1) count of matched cells: move(d) slides the empty cell in direction d.
struct Board {
    vector<int> cell = start_board;
    int blank = int(find(start_board.begin(), start_board.end(), 0) - start_board.begin());
    int matched = 0;
    Board() {
        for (int k = 0; k < N * N; k++) matched += cell[k] == target[k];
    }
    bool can(int d) const {
        int r = blank / N + DR[d], c = blank % N + DC[d];
        return r >= 0 && r < N && c >= 0 && c < N;
    }
    // Change of `matched` if the empty cell moved in direction d (which must be possible).
    int gain(int d) const {
        int b = blank + DR[d] * N + DC[d], tile = cell[b];
        return (tile == target[blank]) - (0 == target[blank]) + (0 == target[b]) - (tile == target[b]);
    }
    void move(int d) {
        matched += gain(d);
        int b = blank + DR[d] * N + DC[d];
        cell[blank] = cell[b], cell[b] = 0, blank = b;
    }
};

// EVOLVE-BLOCK-START
// Pushes the empty cell straight up N times, ignoring the edge of the board.
string solve() { return string(N, 'U'); }
// EVOLVE-BLOCK-END

int main() {
    if (scanf("%d %d %d", &N, &C, &M) != 3) return 0;
    start_board.resize(N * N), target.resize(N * N);
    for (int& v : start_board) scanf("%d", &v);
    for (int& v : target) scanf("%d", &v);
    string plan = solve();
    printf("%s\n", plan.c_str());
    return 0;
}
