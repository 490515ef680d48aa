// Runs the real CLI (WHOSAID_CLI) as a child process, with its standard streams on files or
// pipes, its resources limited, optionally as another user, and reports how it ended and its
// peak resident memory (wait4's ru_maxrss). For the tests of the CLI under faults.
#pragma once

#include <fcntl.h>
#include <grp.h>
#include <malloc.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace whosaid_test {

namespace fs = std::filesystem;

// ASan shadows every byte and keeps freed memory in quarantine, and it cannot run under an
// address-space limit: the memory figures below are asserted only without it.
#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool kUnderAsan = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr bool kUnderAsan = true;
#else
inline constexpr bool kUnderAsan = false;
#endif
#else
inline constexpr bool kUnderAsan = false;
#endif

struct ProcResult {
    int exit_code = -1;  // -1 when killed by a signal
    int signal = 0;
    std::string out, err;
    // Peak resident memory in KiB. Linux carries a process's high-water mark across exec, and a
    // forked child starts with the test process's pages, so this is an upper bound: the CLI's
    // peak or the test process's size at fork, whichever is larger (run_process trims it first).
    long max_rss_kb = 0;
};

struct ProcOptions {
    std::string stdin_path = "/dev/null";
    std::string stdout_path;          // empty: captured into ProcResult::out
    bool stdout_unread_pipe = false;  // stdout is a pipe that nobody reads: writing gives EPIPE
    bool ignore_sigpipe = false;      // else SIGPIPE has its default action, as in a shell
    rlim_t cpu_seconds = 300;         // a runaway child dies of SIGXCPU instead of hanging the test
    rlim_t address_space = 0;         // bytes, 0 = unlimited; not under ASan
    bool as_nobody = false;           // run as uid/gid 65534, where file permissions apply
};

inline std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// A fresh folder under the temp dir, readable by everyone (a child running as nobody needs it).
inline fs::path scratch_dir(const std::string& name) {
    static int n = 0;
    fs::path dir = fs::temp_directory_path() / ("whosaid-cli-" + name + "-" + std::to_string(::getpid()) + "-" + std::to_string(n++));
    fs::remove_all(dir);
    fs::create_directories(dir);
    fs::permissions(dir, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                             fs::perms::others_read | fs::perms::others_exec);
    return dir;
}

// Runs `program args...`. Everything the child needs is prepared before fork(): after it, the
// child only calls async-signal-safe functions (the test process may have threads).
inline ProcResult run_process(const std::string& program, const std::vector<std::string>& args, const ProcOptions& o = {}) {
    fs::path dir = scratch_dir("run");
    std::string out_path = o.stdout_path.empty() ? (dir / "out").string() : o.stdout_path, err_path = (dir / "err").string();
    std::vector<std::string> argv_s{program};
    argv_s.insert(argv_s.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& a : argv_s) argv.push_back(a.data());
    argv.push_back(nullptr);
    // Under ASan a guard of its own for memory (an address-space limit would break ASan itself).
    std::string asan = std::string("ASAN_OPTIONS=") + (std::getenv("ASAN_OPTIONS") ? std::getenv("ASAN_OPTIONS") : "") +
                       ":hard_rss_limit_mb=3000";
    std::vector<std::string> env_s{asan};
    for (char** e = environ; *e; ++e)
        if (std::strncmp(*e, "ASAN_OPTIONS=", 13) != 0) env_s.push_back(*e);
    std::vector<char*> envp;
    for (auto& e : env_s) envp.push_back(e.data());
    envp.push_back(nullptr);
    int pipe_fds[2] = {-1, -1};
    if (o.stdout_unread_pipe) {
        if (::pipe(pipe_fds) != 0) throw std::runtime_error("pipe failed");
        ::close(pipe_fds[0]);  // closed before the child exists: its first write can only fail
    }

    ::malloc_trim(0);  // give freed memory back first: the child's figure starts from this process's size
    pid_t pid = ::fork();
    if (pid < 0) throw std::runtime_error("fork failed");
    if (pid == 0) {
        int in = ::open(o.stdin_path.c_str(), O_RDONLY);
        int out = o.stdout_unread_pipe ? pipe_fds[1] : ::open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        int err = ::open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (in < 0 || out < 0 || err < 0) ::_exit(125);
        ::dup2(in, 0), ::dup2(out, 1), ::dup2(err, 2);
        ::signal(SIGPIPE, o.ignore_sigpipe ? SIG_IGN : SIG_DFL);
        struct rlimit cpu = {o.cpu_seconds, o.cpu_seconds};
        ::setrlimit(RLIMIT_CPU, &cpu);
        if (o.address_space) {
            struct rlimit as = {o.address_space, o.address_space};
            ::setrlimit(RLIMIT_AS, &as);
        }
        if (o.as_nobody && (::setgroups(0, nullptr) != 0 || ::setgid(65534) != 0 || ::setuid(65534) != 0)) ::_exit(126);
        ::execve(program.c_str(), argv.data(), envp.data());
        ::_exit(127);
    }
    if (o.stdout_unread_pipe) ::close(pipe_fds[1]);
    int status = 0;
    struct rusage ru {};
    while (::wait4(pid, &status, 0, &ru) < 0 && errno == EINTR) {
    }
    ProcResult r;
    if (WIFEXITED(status)) r.exit_code = WEXITSTATUS(status);
    if (WIFSIGNALED(status)) r.signal = WTERMSIG(status);
    r.max_rss_kb = ru.ru_maxrss;
    if (o.stdout_path.empty()) r.out = slurp(out_path);
    r.err = slurp(err_path);
    fs::remove_all(dir);
    return r;
}

inline ProcResult run_cli(const std::vector<std::string>& args, const ProcOptions& o = {}) {
    return run_process(WHOSAID_CLI, args, o);
}

inline fs::path write_file(const fs::path& p, const std::string& text) {
    std::ofstream(p, std::ios::binary) << text;
    return p;
}

}  // namespace whosaid_test
