// whosaid annotate --jsonl [--max-bytes N] [--threads N] -
// The CLI as a Unix filter (Spark's RDD.pipe, Hadoop streaming, GNU parallel --pipe): JSON lines
// {"id": ..., "text": ..., any other field} on standard input, one line out for each line in,
// in input order, flushed as soon as it is ready; annotated on all cores, a few records at a
// time, so memory follows the largest record, not the stream. A good record comes back as
// {"id": ..., its other fields (not "text"), the annotation's fields}; a bad one (not JSON, no
// "text" string, a field named like one of the annotation's, too long, refused by the core) as
// {"id": ... or null, "error": "...", "line": N} while the rest go on. Exit status 1 when any
// record failed.
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <set>
#include <string>
#include <cstdint>
#include <vector>

#include <nlohmann/json.hpp>

#include "commands.hpp"
#include "io.hpp"
#include "options.hpp"
#include "line_reader.hpp"
#include "ordered_pool.hpp"
#include "whosaid/json.hpp"
#include "whosaid/whosaid.hpp"

namespace whosaid_cli {
namespace {

using Json = nlohmann::ordered_json;  // keeps the record's fields in their order

struct Record {
    std::string line;
    bool too_long = false;
};

constexpr std::size_t kMaxErrorBytes = 300;  // a parser message quotes input: keep it short

std::string dump(const Json& v) { return v.dump(-1, ' ', false, Json::error_handler_t::replace); }

std::string stream_error_line(const Json& id, std::size_t line, std::string error) {
    if (error.size() > kMaxErrorBytes) error.resize(kMaxErrorBytes), error += "...";
    return "{\"id\":" + dump(id) + ",\"error\":" + dump(Json(error)) + ",\"line\":" + std::to_string(line) + "}\n";
}

// "[json.exception.parse_error.101] parse error at line 1, column 9: syntax error ..." -> "column 9: syntax error ..."
std::string parse_error_text(const std::string& what) {
    std::size_t at = what.find("column ");
    return "not a JSON record: " + (at == std::string::npos ? what : what.substr(at));
}

// Fields a record may not carry: the annotation's own (taken from what to_json writes, so this
// list never goes stale) and "error", which marks the lines of records that failed.
std::set<std::string> reserved_fields() {
    std::set<std::string> names{"error"};
    const Json empty = Json::parse(whosaid::to_json(whosaid::annotate("")));
    for (const auto& item : empty.items()) names.insert(item.key());
    return names;
}

// The output line for one record, never throwing; `failed` is set when it is an error line.
std::string answer(Record&& r, std::size_t line_number, const whosaid::Options& options,
                   const std::set<std::string>& reserved, std::atomic<bool>& failed) {
    Json id;  // null until the record gives one
    auto error_line = [&](const Json& id, std::size_t line, std::string error) {
        failed = true;
        return stream_error_line(id, line, std::move(error));
    };
    try {
        if (r.too_long)
            return error_line(id, line_number, "the line has more than " + std::to_string(options.max_input_bytes) +
                                                   " bytes (--max-bytes)");
        if (r.line.find_first_not_of(" \t\r") == std::string::npos)
            return error_line(id, line_number, "an empty line, not a JSON record");
        Json record;
        try {
            record = Json::parse(r.line);
        } catch (const Json::parse_error& e) {
            return error_line(id, line_number, parse_error_text(e.what()));
        }
        std::string().swap(r.line);  // the parsed record holds it now
        if (!record.is_object()) return error_line(id, line_number, "a record must be a JSON object {\"id\": ..., \"text\": ...}");
        if (auto i = record.find("id"); i != record.end()) id = *i;
        auto t = record.find("text");
        if (t == record.end() || !t->is_string()) return error_line(id, line_number, "the record has no \"text\" string");
        std::string text = std::move(t->get_ref<std::string&>());
        record.erase(t);
        for (const auto& item : record.items())
            if (reserved.count(item.key()))
                return error_line(id, line_number, "the field \"" + item.key() + "\" is a name the output uses; rename it");
        std::string prefix = "{\"id\":" + dump(id);
        for (const auto& item : record.items())
            if (item.key() != "id") prefix += "," + dump(Json(item.key())) + ":" + dump(item.value());
        prefix += ",";
        record = Json();
        std::string out = whosaid::to_json(whosaid::annotate(std::move(text), options));  // the annotation is gone after this line
        std::string().swap(text);
        out.replace(0, 1, prefix);  // in place of its "{": no second copy of a large annotation
        out += "\n";
        return out;
    } catch (const std::exception& e) {
        return error_line(id, line_number, error_text(e));
    }
}

struct StreamArgs {
    std::size_t max_bytes = default_max_bytes();
    std::size_t threads = 0;  // one per core
};

StreamArgs parse(const std::vector<std::string>& args) {
    StreamArgs a;
    std::size_t dashes = 0;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--jsonl" || take_max_bytes(args, i, a.max_bytes) || take_threads(args, i, a.threads)) continue;
        if (args[i] == "-") ++dashes;
        else if (args[i].rfind("-", 0) == 0) throw CliError("annotate --jsonl -: unknown option " + args[i]);
        else throw CliError("annotate --jsonl - reads JSON lines from standard input only; give FILEs without -");
    }
    if (dashes > 1) throw CliError("standard input (-) can be read once");
    return a;
}

}  // namespace

int stream_command(const std::vector<std::string>& args) {
    const StreamArgs a = parse(args);
    whosaid::Options options;
    options.max_input_bytes = a.max_bytes;
    const std::set<std::string> reserved = reserved_fields();
    LineReader reader(STDIN_FILENO, options.max_input_bytes);
    PoolLimits limits;
    limits.threads = thread_count(a.threads, SIZE_MAX);
    limits.max_jobs = limits.threads * 4;
    std::atomic<bool> failed{false};
    run_in_order<Record>(
        [&](Record& r) {
            if (!reader.next(r.line)) return false;
            r.too_long = reader.too_long();
            return true;
        },
        [](const Record& r) { return r.line.size(); },
        [&](Record&& r, std::size_t index) { return answer(std::move(r), index + 1, options, reserved, failed); },
        [&](const std::string& line, std::size_t) {
            if (std::fwrite(line.data(), 1, line.size(), stdout) != line.size() || std::fflush(stdout) != 0)
                exit_on_write_error();
        },
        limits);
    return failed ? 1 : 0;
}

}  // namespace whosaid_cli
