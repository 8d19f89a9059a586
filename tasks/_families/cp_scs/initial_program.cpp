// Shortest common supersequence (Frontier-CS style partial-score problem).
// Input: k a, then k strings over the first a lowercase letters.
// Output: one string that contains every input string as a subsequence (letters in order, gaps allowed).
// Objective: the length of that string, the shorter the better.
#include <iostream>
#include <string>
#include <vector>

using namespace std;

static int k, alphabet;
static vector<string> strs;

// EVOLVE-BLOCK-START
string solve() {
    // all the strings one after the other
    string out;
    for (auto& s : strs) out += s;
    return out;
}
// EVOLVE-BLOCK-END

int main() {
    ios::sync_with_stdio(false);
    if (!(cin >> k >> alphabet)) return 0;
    strs.resize(k);
    for (auto& s : strs) cin >> s;
    cout << solve() << "\n";
    return 0;
}
