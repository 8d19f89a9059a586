// Consensus (most frequent letter per column), then first-improvement descent by single-letter changes on
// (max distance, number of inputs at the max, sum of distances), lexicographically.
#include <algorithm>
#include <iostream>
#include <string>
#include <tuple>
#include <vector>

using namespace std;

int main() {
    ios::sync_with_stdio(false);
    int k, L, a;
    if (!(cin >> k >> L >> a)) return 0;
    vector<string> s(k);
    for (auto& x : s) cin >> x;
    string out;
    for (int j = 0; j < L; j++) {
        vector<int> count(26, 0);
        for (auto& x : s) count[x[j] - 'a']++;
        int c = 0;
        for (int x = 1; x < a; x++)
            if (count[x] > count[c]) c = x;
        out += char('a' + c);
    }
    vector<int> d(k, 0);
    for (int i = 0; i < k; i++)
        for (int j = 0; j < L; j++) d[i] += s[i][j] != out[j];
    auto key = [&](const vector<int>& dist) {
        int top = *max_element(dist.begin(), dist.end());
        long long sum = 0;
        for (int v : dist) sum += v;
        return make_tuple(top, (int)count(dist.begin(), dist.end(), top), sum);
    };
    for (bool improved = true; improved;) {
        improved = false;
        auto now = key(d);
        for (int j = 0; j < L && !improved; j++)
            for (int c = 0; c < a && !improved; c++) {
                if ('a' + c == out[j]) continue;
                vector<int> e = d;
                for (int i = 0; i < k; i++) e[i] += (s[i][j] != 'a' + c) - (s[i][j] != out[j]);
                if (key(e) < now) out[j] = char('a' + c), d = e, improved = true;
            }
    }
    cout << out << "\n";
    return 0;
}
