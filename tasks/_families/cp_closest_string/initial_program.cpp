// Closest string (Frontier-CS style partial-score problem).
// Input: k L a, then k strings of exactly L letters from the first a lowercase letters.
// Output: one string of L letters from the same alphabet.
// Objective: the largest Hamming distance from it to an input string, the smaller the better.
#include <iostream>
#include <string>
#include <vector>

using namespace std;

static int k, L, alphabet;
static vector<string> strs;

// EVOLVE-BLOCK-START
string solve() {
    // the first input string
    return strs[0];
}
// EVOLVE-BLOCK-END

int main() {
    ios::sync_with_stdio(false);
    if (!(cin >> k >> L >> alphabet)) return 0;
    strs.resize(k);
    for (auto& s : strs) cin >> s;
    cout << solve() << "\n";
    return 0;
}
