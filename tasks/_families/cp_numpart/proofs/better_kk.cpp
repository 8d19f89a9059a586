// k-way Karmarkar-Karp differencing: every number starts as a k-tuple (x, 0, ..., 0); the two tuples of
// largest range are merged, the largest part of one with the smallest of the other, until one is left.
#include <algorithm>
#include <cstdio>
#include <queue>
#include <vector>

using namespace std;

struct Tuple {
    vector<long long> sum;        // descending
    vector<vector<int>> items;    // items[p] belong to part p
    long long range() const { return sum.front() - sum.back(); }
};

int main() {
    int n, k;
    if (scanf("%d %d", &n, &k) != 2) return 0;
    vector<long long> a(n);
    for (auto& x : a) scanf("%lld", &x);
    vector<Tuple> pool(n);
    auto cmp = [&](int x, int y) {
        if (pool[x].range() != pool[y].range()) return pool[x].range() < pool[y].range();
        return x > y;
    };
    priority_queue<int, vector<int>, decltype(cmp)> heap(cmp);
    for (int i = 0; i < n; i++) {
        pool[i].sum.assign(k, 0);
        pool[i].items.assign(k, {});
        pool[i].sum[0] = a[i];
        pool[i].items[0].push_back(i);
        heap.push(i);
    }
    while (heap.size() > 1) {
        int x = heap.top(); heap.pop();
        int y = heap.top(); heap.pop();
        vector<pair<long long, vector<int>>> parts(k);
        for (int p = 0; p < k; p++) {
            parts[p].first = pool[x].sum[p] + pool[y].sum[k - 1 - p];
            parts[p].second = pool[x].items[p];
            for (int i : pool[y].items[k - 1 - p]) parts[p].second.push_back(i);
        }
        stable_sort(parts.begin(), parts.end(), [](const auto& l, const auto& r) { return l.first > r.first; });
        Tuple merged;
        for (auto& part : parts) merged.sum.push_back(part.first), merged.items.push_back(part.second);
        pool.push_back(merged);
        pool[x] = Tuple{{0}, {}};
        pool[y] = Tuple{{0}, {}};
        heap.push((int)pool.size() - 1);
    }
    vector<int> label(n, 0);
    const Tuple& last = pool[heap.top()];
    for (int p = 0; p < k; p++)
        for (int i : last.items[p]) label[i] = p;
    for (int i = 0; i < n; i++) printf("%d\n", label[i]);
    return 0;
}
