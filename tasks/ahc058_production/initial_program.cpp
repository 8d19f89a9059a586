// Production planning (AHC058-style): grow a tree of producers over T turns to end with as many apples as possible.
// Input: N L T K, then A_0..A_{N-1}, then L lines of N costs C[i][j]. Output: exactly T lines, one action per
// turn: "-1" (do nothing) or "i j" (upgrade the level-i machine of line j, paying C[i][j] * (P[i][j] + 1)).
// Score per case: max(0, apples after turn T - K). The Game struct below simulates the rules exactly.
#include <cstdio>
#include <utility>
#include <vector>

using namespace std;
typedef long long ll;

static int N, L, T;
static ll K;
static vector<ll> A;          // A[j]: apples per turn of one level-0 machine of line j, per unit of power
static vector<vector<ll>> C;  // C[i][j]: base cost of upgrading level i of line j

// The rules (the judge simulates its own copy with unbounded integers; 64-bit is ample for ordinary play).
struct Game {
    vector<vector<ll>> B, P;  // B[i][j]: machines of level i on line j (start at 1); P[i][j]: their power (start at 0)
    ll apples;
    int turn;
    Game() : B(L, vector<ll>(N, 1)), P(L, vector<ll>(N, 0)), apples(K), turn(0) {}
    ll cost(int i, int j) const { return C[i][j] * (P[i][j] + 1); }
    bool affordable(int i, int j) const { return apples >= cost(i, j); }
    // One turn: the action (i < 0: none; else it must be affordable), then production from the counts before it.
    void step(int i, int j) {
        if (i >= 0) {
            apples -= cost(i, j);
            P[i][j] += 1;
        }
        for (int line = 0; line < N; line++) {
            apples += A[line] * B[0][line] * P[0][line];
            for (int level = 1; level < L; level++) B[level - 1][line] += B[level][line] * P[level][line];
        }
        turn += 1;
    }
};

// EVOLVE-BLOCK-START
// One action per turn: {-1, -1} does nothing, {i, j} upgrades level i of line j (it must be affordable).
vector<pair<int, int>> solve() {
    vector<pair<int, int>> plan(T, {-1, -1});
    return plan;
}
// EVOLVE-BLOCK-END

int main() {
    if (scanf("%d %d %d %lld", &N, &L, &T, &K) != 4) return 0;
    A.assign(N, 0);
    C.assign(L, vector<ll>(N, 0));
    for (int j = 0; j < N; j++) scanf("%lld", &A[j]);
    for (int i = 0; i < L; i++)
        for (int j = 0; j < N; j++) scanf("%lld", &C[i][j]);
    vector<pair<int, int>> plan = solve();
    for (int t = 0; t < T; t++) {  // exactly T lines; a short plan is padded with "do nothing"
        if (t < (int)plan.size() && plan[t].first >= 0) printf("%d %d\n", plan[t].first, plan[t].second);
        else printf("-1\n");
    }
    return 0;
}
