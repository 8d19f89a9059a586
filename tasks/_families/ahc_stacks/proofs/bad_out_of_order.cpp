// BAD PROOF (must be rejected): boxes leave in stack order, not in number order.
// Stack carry-out (AHC026-style): boxes 1..n stand in m stacks; carry them out in increasing order, spending
// as little energy as possible on moving the boxes that are in the way.
// Input: "n m cap c", then m lines "h b_1 .. b_h" (stack s = 1..m, bottom to top).
// Output: operations "v i", one per line (at most 5000): i >= 1 moves box v and all boxes above it onto
// stack i (room: height + k <= cap; energy k + c for k boxes moved); i = 0 carries out box v (it must be
// on top and the smallest box left). Score per case: round(1e6 * n / (n + total energy)).
#include <cstdio>
#include <utility>
#include <vector>

using namespace std;

static int n, m, cap, overhead;
static vector<vector<int>> stacks;  // stacks[s]: bottom to top, s = 0..m-1 (printed as s + 1)

// The rules, so a plan can be built by playing them: find(v) gives (stack, position) of a box.
struct Yard {
    vector<vector<int>> st = stacks;
    pair<int, int> find(int v) const {
        for (int s = 0; s < m; s++)
            for (int p = 0; p < (int)st[s].size(); p++)
                if (st[s][p] == v) return {s, p};
        return {-1, -1};
    }
    int room(int s) const { return cap - (int)st[s].size(); }
    // Moves box v and everything above it onto stack t (t != stack of v, enough room); returns the energy.
    int move(int v, int t) {
        auto [s, p] = find(v);
        vector<int> block(st[s].begin() + p, st[s].end());
        st[s].resize(p);
        st[t].insert(st[t].end(), block.begin(), block.end());
        return (int)block.size() + overhead;
    }
    void carry_out(int v) { st[find(v).first].pop_back(); }
};

// EVOLVE-BLOCK-START
// BAD PROOF (must be rejected): carries out boxes in stack order, ignoring that 1..n must leave in turn.
vector<pair<int, int>> solve() {
    Yard yard;
    vector<pair<int, int>> ops;
    for (int s = 0; s < m; s++)
        while (!yard.st[s].empty()) {
            int v = yard.st[s].back();
            yard.carry_out(v);
            ops.push_back({v, 0});
        }
    return ops;
}
// EVOLVE-BLOCK-END

int main() {
    if (scanf("%d %d %d %d", &n, &m, &cap, &overhead) != 4) return 0;
    stacks.assign(m, {});
    for (int s = 0; s < m; s++) {
        int h;
        scanf("%d", &h);
        stacks[s].resize(h);
        for (int& b : stacks[s]) scanf("%d", &b);
    }
    vector<pair<int, int>> ops = solve();
    for (auto& op : ops) printf("%d %d\n", op.first, op.second);
    return 0;
}
