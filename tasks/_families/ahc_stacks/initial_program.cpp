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
// For each box in turn: shovel the boxes above it onto the next stacks round the yard that have room,
// as many as fit at a time, then carry it out. Operations are {v, i} with i = 1..m, or i = 0 to carry out.
vector<pair<int, int>> solve() {
    Yard yard;
    vector<pair<int, int>> ops;
    for (int v = 1; v <= n; v++) {
        while (true) {
            auto [s, p] = yard.find(v);
            int above = (int)yard.st[s].size() - 1 - p;
            if (above == 0) break;
            int t = (s + 1) % m;
            while (t == s || yard.room(t) == 0) t = (t + 1) % m;
            int k = min(above, yard.room(t));
            int box = yard.st[s][yard.st[s].size() - k];
            yard.move(box, t);
            ops.push_back({box, t + 1});
        }
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
