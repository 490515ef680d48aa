// The CLI under faults (issue 15, findings 6, 7 and 10): input limits enforced while reading for
// devices, pipes and FIFOs (and for `session`), --max-bytes values that overflow, directories that
// cannot be read, output that cannot be written, memory that runs out. Each case spawns the real
// binary (cli_process.hpp) and looks at its exit status, stderr, stdout and peak memory.
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "../fuzz/adversarial.hpp"
#include "cli_process.hpp"

using namespace whosaid_test;

namespace {

const std::string kArticle = "The mayor said the road was closed. \"We are sorry,\" she said.\n";
constexpr long kMiB = 1024;  // ru_maxrss is in KiB

// Native runs: a child that reads without a limit would fill the machine's memory; an
// address-space limit makes it fail fast instead (ASan has its own guard, cli_process.hpp).
ProcOptions guarded() {
    ProcOptions o;
    if (!kUnderAsan) o.address_space = rlim_t(2048) << 20;
    return o;
}

}  // namespace

TEST_CASE("cli faults: --max-bytes 1M on /dev/zero stops reading at the limit, for annotate and session") {
    for (std::vector<std::string> args : {std::vector<std::string>{"annotate", "--max-bytes", "1M", "/dev/zero"},
                                          {"session", "--max-bytes", "1M", "/dev/zero"},
                                          {"annotate", "--jsonl", "--max-bytes", "1M", "/dev/zero"}}) {
        INFO(args[0] << " " << args[1]);
        ProcResult r = run_cli(args, guarded());
        bool jsonl = args[1] == "--jsonl";
        CHECK(r.exit_code == 1);
        CHECK((jsonl ? r.out : r.err).find("/dev/zero: input is over 1048576 bytes; the limit is 1048576 bytes") != std::string::npos);
        if (!jsonl) CHECK(r.out.empty());
        INFO("peak RSS " << r.max_rss_kb << " KiB");
        if (!kUnderAsan) CHECK(r.max_rss_kb < 32 * kMiB);  // was 1.1 GB after 3 s and growing
    }
}

TEST_CASE("cli faults: a FIFO given as FILE is refused once it passes --max-bytes, not read to its end") {
    fs::path dir = scratch_dir("fifo");
    std::string fifo = (dir / "feed").string();
    REQUIRE(::mkfifo(fifo.c_str(), 0644) == 0);
    ::signal(SIGPIPE, SIG_IGN);  // the writer below sees EPIPE when the CLI stops reading
    std::atomic<std::size_t> written{0};
    constexpr std::size_t kOffered = std::size_t(256) << 20;
    std::thread writer([&] {
        int fd = ::open(fifo.c_str(), O_WRONLY);  // waits for the CLI (or the release below) to open it
        std::string chunk(1 << 16, 'a');
        while (fd >= 0 && written < kOffered) {
            ssize_t n = ::write(fd, chunk.data(), chunk.size());
            if (n <= 0) break;
            written += static_cast<std::size_t>(n);
        }
        if (fd >= 0) ::close(fd);
    });
    ProcResult r = run_cli({"annotate", "--max-bytes", "1M", fifo}, guarded());
    int release = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK);  // in case the CLI never opened it
    if (release >= 0) ::close(release);
    writer.join();
    CHECK(r.exit_code == 1);
    CHECK(r.out.empty());
    CHECK(r.err.find("input is over 1048576 bytes") != std::string::npos);
    INFO("the CLI took " << written << " bytes of the " << kOffered << " offered; peak RSS " << r.max_rss_kb << " KiB");
    CHECK(written < std::size_t(4) << 20);  // the limit, one read chunk and the pipe's buffer
    if (!kUnderAsan) CHECK(r.max_rss_kb < 32 * kMiB);
    fs::remove_all(dir);
}

TEST_CASE("cli faults: --max-bytes values past 2^64 bytes are errors, not a wrapped-around limit") {
    fs::path dir = scratch_dir("overflow");
    fs::path f = write_file(dir / "a.txt", kArticle);
    for (const char* bad : {"17592186044417M", "17179869184G", "18446744073709551616", "99999999999999999999999K"}) {
        INFO(bad);
        for (const char* cmd : {"annotate", "session"}) {
            ProcResult r = run_cli({cmd, "--max-bytes", bad, f.string()});
            CHECK(r.exit_code == 1);
            CHECK(r.out.empty());
            CHECK(r.err == std::string("whosaid: --max-bytes ") + bad + " is more bytes than this machine can count (0 means no limit)\n");
        }
    }
    ProcResult largest = run_cli({"annotate", "--max-bytes", "17179869183G", f.string()});  // 2^64 - 2^30: fits
    CHECK(largest.exit_code == 0);
    CHECK(nlohmann::json::parse(largest.out)["claims"].size() >= 1);
    fs::remove_all(dir);
}

TEST_CASE("cli faults: --jsonl with an unreadable directory below: one error line for it, every other file written") {
    // As root, permissions never block a read: the CLI runs as nobody (uid 65534) from a copy
    // that nobody may execute (the build tree may sit below a folder only root can enter).
    fs::path dir = scratch_dir("unreadable");
    fs::path cli = dir / "whosaid";
    fs::copy_file(WHOSAID_CLI, cli);
    fs::path arts = dir / "articles";
    fs::create_directories(arts / "locked");
    fs::create_directories(arts / "open");
    write_file(arts / "a.txt", kArticle);
    write_file(arts / "open" / "b.txt", kArticle);
    write_file(arts / "locked" / "c.txt", kArticle);
    write_file(dir / "named.txt", kArticle);
    for (const auto& p : {arts, arts / "open"}) fs::permissions(p, fs::perms::all & ~fs::perms::others_write & ~fs::perms::group_write);
    for (const auto& p : {arts / "a.txt", arts / "open" / "b.txt", dir / "named.txt"}) fs::permissions(p, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read | fs::perms::others_read);
    fs::permissions(arts / "locked", fs::perms::none);

    ProcOptions o;
    o.as_nobody = ::geteuid() == 0;
    ProcResult r = run_process(cli.string(), {"annotate", "--jsonl", arts.string(), (dir / "named.txt").string()}, o);
    CHECK(r.exit_code == 1);
    std::vector<nlohmann::json> lines;
    std::istringstream out(r.out);
    for (std::string line; std::getline(out, line);) lines.push_back(nlohmann::json::parse(line));
    REQUIRE(lines.size() == 4);
    CHECK(lines[0]["file"] == (arts / "a.txt").string());
    CHECK(lines[0]["claims"].size() >= 1);
    CHECK(lines[1]["file"] == (arts / "locked").string());
    CHECK(lines[1]["error"] == (arts / "locked").string() + ": cannot read the directory: Permission denied");
    CHECK(lines[2]["file"] == (arts / "open" / "b.txt").string());
    CHECK(lines[2]["claims"].size() >= 1);
    CHECK(lines[3]["file"] == (dir / "named.txt").string());
    CHECK(lines[3]["claims"].size() >= 1);
    fs::permissions(arts / "locked", fs::perms::owner_all);
    fs::remove_all(dir);
}

TEST_CASE("cli faults: output that cannot be written is exit status 1 and one line saying why") {
    fs::path dir = scratch_dir("write");
    fs::path f = write_file(dir / "a.txt", kArticle);
    std::string jsonl = R"({"id":1,"text":"The mayor said the road was closed."})" "\n";
    fs::path lines = write_file(dir / "in.jsonl", jsonl);
    struct Case { std::vector<std::string> args; std::string stdin_path; };
    std::vector<Case> cases = {{{"annotate", f.string()}, "/dev/null"},
                               {{"annotate", "--pretty", "-"}, f.string()},
                               {{"session", f.string()}, "/dev/null"},
                               {{"annotate", "--jsonl", f.string()}, "/dev/null"},
                               {{"annotate", "--jsonl", "-"}, lines.string()}};
    for (const Case& c : cases) {
        INFO(c.args[0] << " " << c.args[1]);
        ProcOptions full;
        full.stdin_path = c.stdin_path;
        full.stdout_path = "/dev/full";
        ProcResult r = run_cli(c.args, full);
        CHECK(r.exit_code == 1);
        CHECK(r.err == "whosaid: cannot write the output: No space left on device\n");

        ProcOptions closed;  // a reader that went away, with SIGPIPE ignored (as Python and many daemons do)
        closed.stdin_path = c.stdin_path;
        closed.stdout_unread_pipe = true;
        closed.ignore_sigpipe = true;
        r = run_cli(c.args, closed);
        CHECK(r.exit_code == 1);
        CHECK(r.err == "whosaid: cannot write the output: Broken pipe\n");
    }
    fs::remove_all(dir);
}

TEST_CASE("cli faults: running out of memory is said in words, and --jsonl - goes on with the next record") {
    if (kUnderAsan) {
        WARN("skipped under ASan: it cannot run under the address-space limit that makes memory run out");
        return;
    }
    fs::path dir = scratch_dir("oom");
    std::string big = whosaid_adversarial::prose(std::size_t(40) << 20);
    fs::path f = write_file(dir / "big.txt", big);
    ProcOptions o;
    o.address_space = rlim_t(320) << 20;  // room for the 40 MB input, not for annotating it
    ProcResult r = run_cli({"annotate", f.string()}, o);
    CHECK(r.exit_code == 1);
    CHECK(r.out.empty());
    CHECK(r.err.find("whosaid: out of memory: this input needs more memory than the system allows") == 0);
    CHECK(r.err.find("bad_alloc") == std::string::npos);

    std::string small = nlohmann::json({{"id", "small"}, {"text", kArticle}}).dump() + "\n";
    fs::path in = write_file(dir / "in.jsonl", small + nlohmann::json({{"id", "big"}, {"text", big}}).dump() + "\n" + small);
    o.stdin_path = in.string();
    r = run_cli({"annotate", "--jsonl", "--threads", "1", "-"}, o);
    CHECK(r.exit_code == 1);
    std::vector<nlohmann::json> lines;
    std::istringstream out(r.out);
    for (std::string line; std::getline(out, line);) lines.push_back(nlohmann::json::parse(line));
    REQUIRE(lines.size() == 3);
    CHECK(lines[0]["id"] == "small");
    CHECK(lines[0]["claims"].size() >= 1);
    CHECK(lines[1]["line"] == 2);  // its id too, unless memory ran out while its JSON was parsed
    CHECK(lines[1]["error"].get<std::string>().find("out of memory") == 0);
    CHECK(lines[2]["id"] == "small");
    CHECK(lines[2]["claims"].size() >= 1);
    fs::remove_all(dir);
}
