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
// The box in the way goes where it will stay longest: onto the stack whose smallest box is the smallest one
// still larger than everything moved (so nothing there needs digging out before the moved boxes leave);
// failing that, onto the stack whose smallest box is largest. Capacity splits a block from the top.
vector<pair<int, int>> solve() {
    Yard yard;
    vector<pair<int, int>> ops;
    auto lowest = [&](int t) {
        int low = n + 1;
        for (int b : yard.st[t]) low = min(low, b);
        return low;
    };
    for (int v = 1; v <= n; v++) {
        while (true) {
            auto [s, p] = yard.find(v);
            int above = (int)yard.st[s].size() - 1 - p;
            if (above == 0) break;
            int best = -1, best_k = 0;
            long long best_key = 0;
            for (int t = 0; t < m; t++) {
                if (t == s || yard.room(t) == 0) continue;
                int k = min(above, yard.room(t));
                int top = 0;
                for (int q = (int)yard.st[s].size() - k; q < (int)yard.st[s].size(); q++) top = max(top, yard.st[s][q]);
                int low = lowest(t);
                // stacks that stay sorted come first (closest fit), then the one whose smallest box is largest
                long long key = low > top ? 3LL * n - low : (long long)low;
                key = key * 1000 + k;
                if (best < 0 || key > best_key) best = t, best_key = key, best_k = k;
            }
            int box = yard.st[s][yard.st[s].size() - best_k];
            yard.move(box, best);
            ops.push_back({box, best + 1});
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
