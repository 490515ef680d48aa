// `whosaid annotate --jsonl -` as a Unix filter (issue 16, item 2): JSON lines in, one line out
// per line in, in order, bad records as error lines while the rest go on, bounded memory, and
// each answer flushed as soon as it is ready.
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "../fuzz/adversarial.hpp"
#include "cli_process.hpp"
#include "whosaid/json.hpp"
#include "whosaid/whosaid.hpp"

using namespace whosaid_test;
using nlohmann::json;

namespace {

// What a good record's line must be: its id, its other fields as given, then the annotation.
std::string expected_line(const json& id, const std::string& extra, const std::string& text) {
    std::string annotation = whosaid::to_json(whosaid::annotate(text));
    return "{\"id\":" + id.dump() + extra + "," + annotation.substr(1);
}

std::vector<std::string> split_lines(const std::string& s) {
    std::vector<std::string> lines;
    std::size_t at = 0;
    for (std::size_t nl; (nl = s.find('\n', at)) != std::string::npos; at = nl + 1) lines.push_back(s.substr(at, nl - at));
    if (at < s.size()) lines.push_back(s.substr(at));
    return lines;
}

}  // namespace

TEST_CASE("cli stream: 1000 JSON lines (invalid, without text, one of 5 MB) all answered in order, in bounded memory") {
    // Natively the ordinary records are 150 KB, so the stream (150 MB in, about 1 GB out) dwarfs
    // its largest record; ASan is 5-10x slower, so there they are 10 KB and memory is not measured.
    const std::size_t small_bytes = kUnderAsan ? 10000 : 150000, big_bytes = std::size_t(5) << 20;
    const std::string small = whosaid_adversarial::prose(small_bytes), big = whosaid_adversarial::prose(big_bytes);
    enum Kind { Good, Big, NotJson, NoText, TextNotString, Reserved };
    std::vector<Kind> kinds(1000, Good);
    kinds[500] = Big;
    for (std::size_t i = 3; i < kinds.size(); i += 97) kinds[i] = NotJson;
    for (std::size_t i = 5; i < kinds.size(); i += 89) kinds[i] = NoText;
    kinds[7] = TextNotString;
    kinds[11] = Reserved;

    fs::path dir = scratch_dir("stream");
    {
        std::ofstream in(dir / "in.jsonl", std::ios::binary);
        for (std::size_t i = 0; i < kinds.size(); ++i) {
            // Each small text differs (its number up front) so that an answer out of order shows.
            std::string text = "Item " + std::to_string(i) + ". " + small;
            switch (kinds[i]) {
                case Good: in << json({{"id", i}, {"text", text}, {"source", "feed"}}).dump(); break;
                case Big: in << json({{"id", i}, {"text", big}}).dump(); break;
                case NotJson: in << "{\"id\": " << i << ", \"text\": \"unterminated"; break;
                case NoText: in << json({{"id", i}, {"title", "no text here"}}).dump(); break;
                case TextNotString: in << json({{"id", i}, {"text", {1, 2}}}).dump(); break;
                case Reserved: in << json({{"id", i}, {"text", text}, {"claims", 3}}).dump(); break;
            }
            in << "\n";
        }
    }
    ProcOptions o;
    o.stdin_path = (dir / "in.jsonl").string();
    ProcResult r = run_cli({"annotate", "--jsonl", "--threads", "2", "-"}, o);
    CHECK(r.exit_code == 1);  // some records failed
    CHECK(r.err.empty());
    std::vector<std::string> lines = split_lines(r.out);
    REQUIRE(lines.size() == kinds.size());
    for (std::size_t i = 0; i < kinds.size(); ++i) {
        INFO("line " << i + 1);
        json line = json::parse(lines[i]);
        if (kinds[i] == Good || kinds[i] == Big) {
            CHECK(line["id"] == i);
            CHECK(!line.contains("text"));
            CHECK(!line.contains("error"));
            if (kinds[i] == Big) CHECK(lines[i] == expected_line(i, "", big));
            else if (i % 50 == 0) CHECK(lines[i] == expected_line(i, ",\"source\":\"feed\"", "Item " + std::to_string(i) + ". " + small));
            else CHECK(line["source"] == "feed");
            continue;
        }
        CHECK(line["line"] == i + 1);
        CHECK(line["id"] == (kinds[i] == NotJson ? json() : json(i)));
        std::string error = line["error"];
        if (kinds[i] == NotJson) CHECK(error.find("not a JSON record: column") == 0);
        if (kinds[i] == NoText || kinds[i] == TextNotString) CHECK(error == "the record has no \"text\" string");
        if (kinds[i] == Reserved) CHECK(error == "the field \"claims\" is a name the output uses; rename it");
        std::vector<std::string> keys;
        const auto ordered = nlohmann::ordered_json::parse(lines[i]);
        for (const auto& item : ordered.items()) keys.push_back(item.key());
        CHECK(keys == std::vector<std::string>{"id", "error", "line"});
    }
    // Measured on a 2-core machine: about 110 MB at the peak, about 21x the 5 MB record (annotating
    // it alone takes 89 MB). Holding the stream would take its 150 MB in and its 1 GB out.
    INFO("peak RSS " << r.max_rss_kb / 1024 << " MiB for " << fs::file_size(dir / "in.jsonl") / (1 << 20) << " MiB of input");
    if (!kUnderAsan) CHECK(r.max_rss_kb < long(40 * big_bytes / 1024));
    fs::remove_all(dir);
}

TEST_CASE("cli stream: each answer is written as soon as it is ready, before the next line comes") {
    // Like a coprocess (or Spark's RDD.pipe on a slow source): send one record, read its answer,
    // only then send the next. Output held back in a buffer would block this test forever, so a
    // read waits at most 120 s, long enough for the slowest machine.
    int to_cli[2], from_cli[2];
    REQUIRE(::pipe(to_cli) == 0);
    REQUIRE(::pipe(from_cli) == 0);
    std::string program = WHOSAID_CLI;
    pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        ::dup2(to_cli[0], 0), ::dup2(from_cli[1], 1);
        ::close(to_cli[1]), ::close(from_cli[0]);
        ::execl(program.c_str(), program.c_str(), "annotate", "--jsonl", "-", static_cast<char*>(nullptr));
        ::_exit(127);
    }
    ::close(to_cli[0]), ::close(from_cli[1]);
    ::signal(SIGPIPE, SIG_IGN);
    std::string pending;
    auto read_line = [&]() -> std::string {
        for (;;) {
            std::size_t nl = pending.find('\n');
            if (nl != std::string::npos) {
                std::string line = pending.substr(0, nl);
                pending.erase(0, nl + 1);
                return line;
            }
            struct pollfd p = {from_cli[0], POLLIN, 0};
            if (::poll(&p, 1, 120000) <= 0) return "(no answer within 120 s)";
            char buf[4096];
            ssize_t n = ::read(from_cli[0], buf, sizeof buf);
            if (n <= 0) return "(the CLI closed its output)";
            pending.append(buf, static_cast<std::size_t>(n));
        }
    };
    for (int i = 0; i < 3; ++i) {
        std::string record = json({{"id", i}, {"text", "The mayor said the road was closed."}}).dump() + "\n";
        REQUIRE(::write(to_cli[1], record.data(), record.size()) == static_cast<ssize_t>(record.size()));
        std::string answer = read_line();
        INFO(answer);
        REQUIRE(answer.rfind("{\"id\":" + std::to_string(i) + ",", 0) == 0);
    }
    REQUIRE(::write(to_cli[1], "nonsense\n", 9) == 9);
    CHECK(read_line().rfind("{\"id\":null,\"error\":", 0) == 0);
    ::close(to_cli[1]);
    CHECK(read_line() == "(the CLI closed its output)");
    int status = 0;
    ::waitpid(pid, &status, 0);
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 1);
    ::close(from_cli[0]);
}

TEST_CASE("cli stream: a line over --max-bytes is one error line, skipped without being kept; usage errors") {
    fs::path dir = scratch_dir("stream-limit");
    std::string long_text(3 << 20, 'a');
    write_file(dir / "in.jsonl", "{\"id\":1,\"text\":\"The mayor said hi.\"}\n{\"id\":2,\"text\":\"" + long_text +
                                     "\"}\n{\"id\":3,\"text\":\"Bob said no.\"}");  // no final newline
    ProcOptions o;
    o.stdin_path = (dir / "in.jsonl").string();
    ProcResult r = run_cli({"annotate", "--jsonl", "--max-bytes", "1M", "-"}, o);
    CHECK(r.exit_code == 1);
    std::vector<std::string> lines = split_lines(r.out);
    REQUIRE(lines.size() == 3);
    CHECK(json::parse(lines[0])["id"] == 1);
    CHECK(lines[1] == R"x({"id":null,"error":"the line has more than 1048576 bytes (--max-bytes)","line":2})x");
    CHECK(json::parse(lines[2])["id"] == 3);
    if (!kUnderAsan) CHECK(r.max_rss_kb < 32 * 1024);

    o.stdin_path = "/dev/null";
    ProcResult empty = run_cli({"annotate", "--jsonl", "-"}, o);
    CHECK(empty.exit_code == 0);
    CHECK(empty.out.empty());
    for (std::vector<std::string> bad : {std::vector<std::string>{"annotate", "--jsonl", "-", "file.txt"},
                                         {"annotate", "--jsonl", "-", "-"},
                                         {"annotate", "--jsonl", "--threads", "0", "-"},
                                         {"annotate", "--jsonl", "--pretty", "-"}}) {
        ProcResult u = run_cli(bad, o);
        CHECK(u.exit_code == 1);
        CHECK(u.out.empty());
        CHECK(std::count(u.err.begin(), u.err.end(), '\n') == 1);
    }
    fs::remove_all(dir);
}
