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
const int DEPTH = 6;  // lookahead: every path of the empty cell up to this length without going straight back

// Lookahead greedy: apply the path with the best gain per move; with no gaining path, take a pseudo-random
// step to get out of the local optimum. The plan is cut back to the best board seen, so wandering never
// costs anything.
static int best_path_gain_num, best_path_len;
static vector<int> best_path, cur_path;

static void explore(Board& board, int depth, int gained, int last) {
    if (!cur_path.empty() && gained > 0 &&
        (long long)gained * best_path_len > (long long)best_path_gain_num * (long long)cur_path.size()) {
        best_path_gain_num = gained, best_path_len = cur_path.size(), best_path = cur_path;
    }
    if (depth == DEPTH) return;
    for (int d = 0; d < 4; d++) {
        if (!board.can(d) || (last >= 0 && (d ^ 1) == last)) continue;  // U<->D, L<->R are d ^ 1
        int g = board.gain(d);
        board.move(d);
        cur_path.push_back(d);
        explore(board, depth + 1, gained + g, d);
        cur_path.pop_back();
        board.move(d ^ 1);
    }
}

string solve() {
    Board board;
    string plan;
    int best_matched = board.matched;
    size_t best_size = 0;
    unsigned long long rng = 88172645463325252ULL;
    int last = -1;
    while ((int)plan.size() < M) {
        best_path_gain_num = 0, best_path_len = 1, best_path.clear(), cur_path.clear();
        explore(board, 0, 0, last);
        vector<int> steps = best_path;
        if (steps.empty()) {
            int d;
            do {
                rng ^= rng << 7, rng ^= rng >> 9;
                d = rng % 4;
            } while (!board.can(d) || (last >= 0 && (d ^ 1) == last));
            steps = {d};
        }
        for (int d : steps) {
            if ((int)plan.size() >= M) break;
            board.move(d);
            plan += NAME[d];
            last = d;
            if (board.matched > best_matched) best_matched = board.matched, best_size = plan.size();
        }
    }
    plan.resize(best_size);
    return plan;
}
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
