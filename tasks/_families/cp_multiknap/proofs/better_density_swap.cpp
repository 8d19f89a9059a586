// Items by value/weight (largest first), each into the knapsack with the least room that still fits it;
// then passes over the unpacked items: pack one directly, or after moving a packed item to another
// knapsack, or in place of a cheaper packed item that then goes wherever it fits. Deterministic.
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace std;

int n, m;
vector<long long> cap, w, v, room;
vector<int> where_;

int tightest(int item, int skip) {
    int best = -1;
    for (int k = 0; k < m; k++)
        if (k != skip && w[item] <= room[k] && (best < 0 || room[k] < room[best])) best = k;
    return best;
}
void put(int item, int k) { where_[item] = k, room[k] -= w[item]; }
void take(int item) { room[where_[item]] += w[item], where_[item] = -1; }

int main() {
    if (scanf("%d %d", &n, &m) != 2) return 0;
    cap.assign(m, 0), w.assign(n, 0), v.assign(n, 0);
    for (auto& c : cap) scanf("%lld", &c);
    for (int i = 0; i < n; i++) scanf("%lld %lld", &w[i], &v[i]);
    room = cap;
    where_.assign(n, -1);
    vector<int> order(n);
    for (int i = 0; i < n; i++) order[i] = i;
    stable_sort(order.begin(), order.end(), [&](int a, int b) { return v[a] * w[b] > v[b] * w[a]; });
    for (int i : order) {
        int k = tightest(i, -1);
        if (k >= 0) put(i, k);
    }
    for (int pass = 0; pass < 20; pass++) {
        bool changed = false;
        for (int u : order) {
            if (where_[u] >= 0) continue;
            int k = tightest(u, -1);
            if (k >= 0) { put(u, k); changed = true; continue; }
            bool done = false;
            for (int j = 0; j < n && !done; j++) {
                int a = where_[j];
                if (a < 0 || room[a] + w[j] < w[u]) continue;
                int b = tightest(j, a);
                if (b >= 0) take(j), put(j, b), put(u, a), done = changed = true;
            }
            if (done) continue;
            int best = -1;
            long long gain = 0;
            for (int j = 0; j < n; j++) {
                int a = where_[j];
                if (a >= 0 && room[a] + w[j] >= w[u] && v[u] - v[j] > gain) best = j, gain = v[u] - v[j];
            }
            if (best >= 0) {
                int a = where_[best];
                take(best);
                put(u, a);
                int k2 = tightest(best, -1);
                if (k2 >= 0) put(best, k2);
                changed = true;
            }
        }
        if (!changed) break;
    }
    for (int i = 0; i < n; i++) printf("%d\n", where_[i]);
    return 0;
}
