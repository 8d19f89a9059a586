"""Attack: C++: opens a TCP connection."""
from contain import Attack, contained

ATTACK = Attack(
    name="cpp_network",
    task="heuristic_cpp",
    reason=r"^case 0: expected \d+ city indices",
    contained_by="seccomp: socket() fails",
    limit_s=6.0,
    program=r'''
#include <cstdio>
#include <cstdlib>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

int main() {
    int s = socket(AF_INET, SOCK_STREAM, 0);
    if (s < 0) return 0;
    sockaddr_in a{}; a.sin_family = AF_INET; a.sin_port = htons(80); a.sin_addr.s_addr = htonl(0x01010101);
    connect(s, (sockaddr*)&a, sizeof a);
    printf("0 1\n");
    return 0;
}
''',
)


def test_cpp_network(tmp_path):
    contained(ATTACK, tmp_path)
