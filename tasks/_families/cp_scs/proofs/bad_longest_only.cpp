// Wrong: prints only the longest input string, as if it contained all the others; no input set here has
// one string that holds every other as a subsequence, so every case misses an input.
#include <iostream>
#include <string>
#include <vector>

using namespace std;

int main() {
    int k, a;
    if (!(cin >> k >> a)) return 0;
    string best, s;
    for (int i = 0; i < k; i++) {
        cin >> s;
        if (s.size() > best.size()) best = s;
    }
    cout << best << "\n";
    return 0;
}
