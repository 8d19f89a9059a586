// Wrong: computes the consensus but prints each letter as its number 0..a-1 (a common slip), so no case
// gets a string of letters.
#include <iostream>
#include <string>
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
        out += char('0' + c % 10);
    }
    cout << out << "\n";
    return 0;
}
