// Minimum bin slack (Gupta and Ho's MBS', simplified): repeatedly open a bin with the largest unpacked item
// and fill the rest of it with the subset of unpacked items that leaves the least room, found by a
// depth-first search over the items in decreasing weight order (equal weights tried once per depth),
// stopped at a perfect fill or after a fixed number of nodes. Deterministic.
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace std;

static vector<long long> w;
static vector<int> pool, chosen, best_set;
static long long best_left;
static long nodes;
const long NODE_LIMIT = 40000;

void search(size_t from, long long left) {
    if (left < best_left) best_left = left, best_set = chosen;
    if (best_left == 0 || ++nodes > NODE_LIMIT) return;
    long long last = -1;
    for (size_t k = from; k < pool.size(); k++) {
        long long x = w[pool[k]];
        if (x > left || x == last) continue;
        last = x;
        chosen.push_back(pool[k]);
        search(k + 1, left - x);
        chosen.pop_back();
        if (best_left == 0 || nodes > NODE_LIMIT) return;
    }
}

int main() {
    int n;
    long long capacity;
    if (scanf("%d %lld", &n, &capacity) != 2) return 0;
    w.assign(n, 0);
    for (auto& x : w) scanf("%lld", &x);
    vector<int> order(n), bin(n, -1);
    for (int i = 0; i < n; i++) order[i] = i;
    stable_sort(order.begin(), order.end(), [&](int a, int b) { return w[a] > w[b]; });
    int bins = 0;
    while (!order.empty()) {
        int first = order[0];
        pool.assign(order.begin() + 1, order.end());
        chosen.clear();
        best_set.clear();
        best_left = capacity - w[first] + 1;
        nodes = 0;
        search(0, capacity - w[first]);
        bin[first] = bins;
        for (int i : best_set) bin[i] = bins;
        bins++;
        vector<int> rest;
        for (int i : order)
            if (bin[i] < 0) rest.push_back(i);
        order.swap(rest);
    }
    for (int i = 0; i < n; i++) printf("%d\n", bin[i]);
    return 0;
}
