// BAD PROOF (must be rejected): never refuels and runs the tank dry.
// Fuel-limited treasure hunt (AHC-style): drive a vehicle with a small tank over costly terrain, refuelling
// at stations, to collect as much treasure value as possible within T turns.
// Input: "h w cap T s k", h rows of terrain (digit 1..9 = fuel to enter the cell, '#' = impassable), s lines
// "r c" (stations; station 0 is the base, where the vehicle starts with cap fuel), k lines "r c v" (treasures).
// Output: one character per turn, at most T: U/D/L/R move (row -1 / row +1 / column -1 / column +1; the
// fuel drops by the cost of the entered cell and may not go negative; a treasure there is collected),
// F refuels to cap on a station. Score per case: round(1e6 * collected value / total treasure value).
#include <algorithm>
#include <cstdio>
#include <queue>
#include <string>
#include <vector>

using namespace std;

static int H, W, CAP, T, S, K;
static vector<int> cost;                  // cost[r * W + c]: fuel to enter; 0 = impassable
static vector<int> station;               // station cells (r * W + c); station[0] is the base
static vector<int> treasure, value;       // treasure cells and values
static const int DR[4] = {-1, 1, 0, 0}, DC[4] = {0, 0, -1, 1};
static const char NAME[4] = {'U', 'D', 'L', 'R'};

static int neighbour(int cell, int d) {
    int r = cell / W + DR[d], c = cell % W + DC[d];
    return r >= 0 && r < H && c >= 0 && c < W && cost[r * W + c] ? r * W + c : -1;
}

// Cheapest routes by fuel (ties: fewer steps) from `from`: fuel[x], steps[x], and the move into x (dir[x]).
struct Routes {
    vector<long long> fuel;
    vector<int> steps, dir;
    explicit Routes(int from) : fuel(H * W, 1LL << 40), steps(H * W, 0), dir(H * W, -1) {
        priority_queue<pair<long long, int>, vector<pair<long long, int>>, greater<>> pq;
        fuel[from] = 0;
        pq.push({0, from});
        while (!pq.empty()) {
            auto [key, u] = pq.top();
            pq.pop();
            if (key != fuel[u] * 4096 + steps[u]) continue;
            for (int d = 0; d < 4; d++) {
                int v = neighbour(u, d);
                if (v < 0) continue;
                long long nk = (fuel[u] + cost[v]) * 4096 + steps[u] + 1;
                if (nk < fuel[v] * 4096 + steps[v]) fuel[v] = fuel[u] + cost[v], steps[v] = steps[u] + 1, dir[v] = d, pq.push({nk, v});
            }
        }
    }
    // The moves from `from` to `to`.
    string moves(int to) const {
        string path;
        for (int x = to; dir[x] >= 0; x = x - DR[dir[x]] * W - DC[dir[x]]) path += NAME[dir[x]];
        reverse(path.begin(), path.end());
        return path;
    }
};

// Fuel needed from every cell to the nearest of `targets` (entering costs summed, the start cell free).
static vector<long long> to_station(const vector<int>& targets) {
    vector<long long> dist(H * W, 1LL << 40);
    priority_queue<pair<long long, int>, vector<pair<long long, int>>, greater<>> pq;
    for (int s : targets) dist[s] = 0, pq.push({0, s});
    while (!pq.empty()) {
        auto [d, y] = pq.top();
        pq.pop();
        if (d != dist[y]) continue;
        for (int k = 0; k < 4; k++) {
            int x = neighbour(y, k);  // moving x -> y costs cost[y]
            if (x >= 0 && d + cost[y] < dist[x]) dist[x] = d + cost[y], pq.push({dist[x], x});
        }
    }
    return dist;
}

// The vehicle: drive() follows moves (collecting treasures), refuel() on a station; plan is the output.
struct Vehicle {
    int at = station[0];
    long long fuel = CAP;
    string plan;
    vector<bool> taken = vector<bool>(K, false);
    void drive(const string& moves) {
        for (char m : moves) {
            int d = int(find(NAME, NAME + 4, m) - NAME);
            at = neighbour(at, d);
            fuel -= cost[at];
            plan += m;
            for (int i = 0; i < K; i++)
                if (treasure[i] == at) taken[i] = true;
        }
    }
    void refuel() { fuel = CAP, plan += 'F'; }
};

// EVOLVE-BLOCK-START
// Shuttles between the base and a neighbouring cell for all T turns without ever refuelling.
string solve() {
    int d = 0;
    while (neighbour(station[0], d) < 0) d++;
    string plan;
    while ((int)plan.size() + 2 <= T) plan += NAME[d], plan += NAME[d ^ 1];
    return plan;
}
// EVOLVE-BLOCK-END

int main() {
    if (scanf("%d %d %d %d %d %d", &H, &W, &CAP, &T, &S, &K) != 6) return 0;
    cost.assign(H * W, 0);
    char row[1024];
    for (int r = 0; r < H; r++) {
        scanf("%1023s", row);
        for (int c = 0; c < W; c++) cost[r * W + c] = row[c] == '#' ? 0 : row[c] - '0';
    }
    station.resize(S);
    for (int& s : station) {
        int r, c;
        scanf("%d %d", &r, &c);
        s = r * W + c;
    }
    treasure.resize(K), value.resize(K);
    for (int i = 0; i < K; i++) {
        int r, c;
        scanf("%d %d %d", &r, &c, &value[i]);
        treasure[i] = r * W + c;
    }
    string plan = solve();
    printf("%s\n", plan.c_str());
    return 0;
}
