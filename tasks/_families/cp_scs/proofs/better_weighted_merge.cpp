// Weighted majority merge: repeatedly append the letter whose strings (those with it as their next
// unmatched letter) have the most letters left in total, advancing those strings.
#include <iostream>
#include <string>
#include <vector>

using namespace std;

int main() {
    ios::sync_with_stdio(false);
    int k, a;
    if (!(cin >> k >> a)) return 0;
    vector<string> s(k);
    for (auto& x : s) cin >> x;
    vector<size_t> pos(k, 0);
    string out;
    while (true) {
        vector<long long> score(26, 0);
        bool any = false;
        for (int i = 0; i < k; i++)
            if (pos[i] < s[i].size()) score[s[i][pos[i]] - 'a'] += (long long)(s[i].size() - pos[i]), any = true;
        if (!any) break;
        int c = 0;
        for (int x = 1; x < 26; x++)
            if (score[x] > score[c]) c = x;
        out += char('a' + c);
        for (int i = 0; i < k; i++)
            if (pos[i] < s[i].size() && s[i][pos[i]] == 'a' + c) pos[i]++;
    }
    cout << out << "\n";
    return 0;
}
