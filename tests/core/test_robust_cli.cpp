// The CLI's input limit (--max-bytes) and its errors: one line on stderr, exit status 1, and
// nothing at all on stdout (never partial JSON). Spawns the real binary (WHOSAID_CLI).
#include <cstdio>
#include <cstdlib>
#include <sys/wait.h>
#include <unistd.h>
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

namespace fs = std::filesystem;

namespace {

struct Run {
    int status;
    std::string out, err;
};

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// Runs `whosaid <args>` through the shell; stdin from `input` when not empty.
Run cli(const std::string& args, const std::string& stdin_text = "") {
    static int n = 0;
    fs::path dir = fs::temp_directory_path() / ("whosaid-cli-test-" + std::to_string(::getpid()) + "-" + std::to_string(n++));
    fs::create_directories(dir);
    std::ofstream(dir / "in", std::ios::binary) << stdin_text;
    std::string cmd = std::string("'") + WHOSAID_CLI + "' " + args + " <'" + (dir / "in").string() + "' >'" +
                      (dir / "out").string() + "' 2>'" + (dir / "err").string() + "'";
    int raw = std::system(cmd.c_str());
    Run r{WIFEXITED(raw) ? WEXITSTATUS(raw) : -1, slurp(dir / "out"), slurp(dir / "err")};
    fs::remove_all(dir);
    return r;
}

fs::path write_temp(const std::string& name, const std::string& text) {
    fs::path p = fs::temp_directory_path() / ("whosaid-cli-test-" + std::to_string(::getpid()) + "-" + name);
    std::ofstream(p, std::ios::binary) << text;
    return p;
}

}  // namespace

TEST_CASE("cli: --max-bytes refuses a larger file with one line and no JSON") {
    std::string text = "The mayor said the road was closed. \"We are sorry,\" she said.\n";
    fs::path f = write_temp("limit.txt", text);
    Run over = cli("annotate --max-bytes 10 '" + f.string() + "'");
    CHECK(over.status == 1);
    CHECK(over.out.empty());
    CHECK(over.err.find("limit") != std::string::npos);
    CHECK(over.err.find("10 bytes") != std::string::npos);
    CHECK(std::count(over.err.begin(), over.err.end(), '\n') == 1);

    Run exact = cli("annotate --max-bytes=" + std::to_string(text.size()) + " '" + f.string() + "'");
    CHECK(exact.status == 0);
    CHECK(nlohmann::json::parse(exact.out)["claims"].size() >= 1);
    fs::remove(f);
}

TEST_CASE("cli: --max-bytes on standard input stops reading past the limit") {
    std::string big(100000, 'a');
    Run over = cli("annotate --max-bytes 1K -", big);
    CHECK(over.status == 1);
    CHECK(over.out.empty());
    CHECK(over.err.find("limit is 1024 bytes") != std::string::npos);
    Run ok = cli("annotate --max-bytes 1M -", big);
    CHECK(ok.status == 0);
    CHECK(nlohmann::json::parse(ok.out)["length"] == 100000);
    Run unlimited = cli("annotate --max-bytes 0 -", big);
    CHECK(unlimited.status == 0);
}

TEST_CASE("cli: bad --max-bytes values, missing files and binary data are one-line errors") {
    for (const char* bad : {"annotate --max-bytes - -", "annotate --max-bytes 12X -", "annotate --max-bytes",
                            "annotate /nonexistent/whosaid.txt", "annotate --no-such-option -"}) {
        INFO(bad);
        Run r = cli(bad, "text");
        CHECK(r.status != 0);
        CHECK(r.out.empty());
        CHECK(!r.err.empty());
    }
    std::string binary(4096, '\0');
    Run r = cli("annotate -", binary);
    CHECK(r.status == 1);
    CHECK(r.out.empty());
    CHECK(r.err.find("binary") != std::string::npos);
}

TEST_CASE("cli: odd but valid input always prints whole JSON") {
    for (std::string text : {std::string(""), std::string("\xEF\xBB\xBF\r\r\n\xFF\xFE said \""), std::string(3000, '"')}) {
        Run r = cli("annotate -", text);
        CHECK(r.status == 0);
        CHECK_NOTHROW(nlohmann::json::parse(r.out));
    }
}
