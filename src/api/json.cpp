// to_json(): writes the annotation straight into one string, never building a JSON tree
// (a tree of a 10 MB article took ~3 s and ~500 MB). The bytes are the ones nlohmann's
// dump() gave for the same data: keys in alphabetical order (its std::map), its indenting,
// its escapes, its number format; an invalid UTF-8 string and an unusual double take
// nlohmann's own rules (json_text.cpp), without its serializer in the page's wasm.
#include "whosaid/json.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

#include "json_text.hpp"
#include "utf16.hpp"

namespace whosaid {
namespace {

// The JSON's bytes, written through a pointer into the string sized once up front (to_json's
// estimate), each append an inline copy: a std::string append is a library call, and a quarter
// of to_json's instructions went to them. finish() cuts the string to what was written.
class Sink {
public:
    Sink(std::string& out, std::size_t expected) : out_(out) {
        out_.resize(expected);
        at_ = out_.data();
        end_ = at_ + out_.size();
    }
    std::size_t left() const { return static_cast<std::size_t>(end_ - at_); }
    // At least n bytes of room at the returned pointer; advance() past what was written.
    char* room(std::size_t n) {
        if (left() < n) grow(n);
        return at_;
    }
    char* at() { return at_; }
    void advance(std::size_t n) { at_ += n; }
    void push_back(char c) {
        if (at_ == end_) grow(1);
        *at_++ = c;
    }
    void append(const char* s, std::size_t n) {
        if (left() < n) grow(n);
        std::memcpy(at_, s, n);
        at_ += n;
    }
    void append(std::string_view s) { append(s.data(), s.size()); }
    void finish() { out_.resize(static_cast<std::size_t>(at_ - out_.data())); }

private:
    void grow(std::size_t n) {
        const std::size_t used = static_cast<std::size_t>(at_ - out_.data());
        out_.resize(std::max(out_.size() * 2, used + n));
        at_ = out_.data() + used;
        end_ = out_.data() + out_.size();
    }
    std::string& out_;
    char* at_;
    char* end_;
};

// Commas, newlines and indents exactly where nlohmann's dump(indent) puts them.
class Writer {
public:
    Writer(Sink& out, int indent) : out_(out), indent_(indent) {}

    void open(char bracket) {
        out_.push_back(bracket);
        empty_.push_back(true);
    }
    void close(char bracket) {
        bool empty = empty_.back();
        empty_.pop_back();
        if (!empty) newline();
        out_.push_back(bracket);
    }
    // Before each array element: the comma, the line break and the indent in one append.
    void item() {
        const bool first = empty_.back();
        empty_.back() = false;
        if (indent_ < 0) {
            if (!first) out_.push_back(',');
            return;
        }
        const std::size_t width = empty_.size() * static_cast<std::size_t>(indent_);
        if (pad_.size() < 2 + width) pad_.resize(2 + width, ' ');
        out_.append(pad_.data() + first, 2 - first + width);
    }
    // Before each member: `name` is a plain ASCII name (a literal: its length a constant, so
    // the copy is inline), never escaped.
    template <std::size_t N>
    void key(const char (&name)[N]) {
        item();
        constexpr std::size_t n = N - 1;
        char* p = out_.room(n + 4);
        p[0] = '"';
        std::memcpy(p + 1, name, n);
        p[n + 1] = '"';
        p[n + 2] = ':';
        p[n + 3] = ' ';
        out_.advance(indent_ >= 0 ? n + 4 : n + 3);
    }

    void string(std::string_view s) {
        if (out_.left() >= json_string_room(s.size())) {
            out_.advance(write_json_string(out_.at(), s));
            return;
        }
        std::string quoted;  // a string longer than the room left: quoted apart, then copied
        append_json_string(quoted, s);
        out_.append(quoted);
    }
    void null() { out_.append("null", 4); }
    void number(std::uint64_t n) {
        std::size_t digits = 1;
        for (std::uint64_t m = n; m >= 10; m /= 10) ++digits;
        char* p = out_.room(digits) + digits;  // written from the last digit back
        do *--p = static_cast<char>('0' + n % 10);
        while (n /= 10);
        out_.advance(digits);
    }
    // Confidences: k/100 with trailing zeros dropped is the shortest round-trip form, as
    // nlohmann's Grisu prints it ("0.8", "1.0"); anything else goes to that printer itself.
    void hundredths(double x) {
        double k = std::round(x * 100.0);
        if (!(x >= 0.0 && x < 1e6) || std::signbit(x) || x != k / 100.0) {
            std::string printed;
            append_json_double(printed, x);
            out_.append(printed);
            return;
        }
        auto n = static_cast<std::uint64_t>(k);
        number(n / 100);
        out_.push_back('.');
        unsigned frac = static_cast<unsigned>(n % 100);
        out_.push_back(static_cast<char>('0' + frac / 10));
        if (frac % 10) out_.push_back(static_cast<char>('0' + frac % 10));
    }

private:
    void newline() {
        if (indent_ < 0) return;
        const std::size_t width = empty_.size() * static_cast<std::size_t>(indent_);
        if (pad_.size() < 2 + width) pad_.resize(2 + width, ' ');
        out_.append(pad_.data() + 1, 1 + width);
    }

    Sink& out_;
    int indent_;
    std::vector<bool> empty_;  // per open container: nothing written in it yet
    std::string pad_ = ",\n";   // a comma, a line break, then as many spaces as the deepest indent
};

class AnnotationWriter {
public:
    AnnotationWriter(const Annotation& a, Sink& out, int indent, OffsetUnit unit)
        : a_(a), u16_(a.text, unit), w_(out, indent) {}

    void write() {
        std::vector<std::uint64_t> claim_counts(a_.speakers.size(), 0);
        for (const Claim& c : a_.claims)
            if (c.speaker >= 0) ++claim_counts[static_cast<std::size_t>(c.speaker)];

        w_.open('{');
        w_.key("boilerplate");
        w_.open('[');
        for (const Boilerplate& b : a_.boilerplate) {
            w_.item();
            w_.open('{');
            w_.key("end"), w_.number(u16_(b.span.end));
            w_.key("reason"), w_.string(b.reason);
            w_.key("start"), w_.number(u16_(b.span.start));
            w_.key("text"), w_.string(text(b.span));
            w_.close('}');
        }
        w_.close(']');

        w_.key("claims");
        w_.open('[');
        for (const Claim& c : a_.claims) claim(c);
        w_.close(']');

        w_.key("length"), w_.number(u16_.total());

        w_.key("speakers");
        w_.open('[');
        for (std::size_t i = 0; i < a_.speakers.size(); ++i) speaker(a_.speakers[i], claim_counts[i]);
        w_.close(']');

        w_.key("version"), w_.string(kVersion);
        w_.key("warnings");
        strings(a_.warnings);
        w_.close('}');
    }

private:
    std::string_view text(Span s) const { return std::string_view(a_.text).substr(s.start, s.size()); }

    void span(Span s) {
        w_.open('{');
        w_.key("end"), w_.number(u16_(s.end));
        w_.key("start"), w_.number(u16_(s.start));
        w_.key("text"), w_.string(text(s));
        w_.close('}');
    }

    void strings(const std::vector<std::string>& list) {
        w_.open('[');
        for (const std::string& s : list) w_.item(), w_.string(s);
        w_.close(']');
    }

    void claim(const Claim& c) {
        const Speaker* s = c.speaker >= 0 ? &a_.speakers[static_cast<std::size_t>(c.speaker)] : nullptr;
        w_.item();
        w_.open('{');
        w_.key("confidence"), w_.hundredths(std::round(c.confidence * 100.0) / 100.0);
        w_.key("cue");
        if (c.cue.empty()) w_.null();
        else span(c.cue);
        w_.key("end"), w_.number(u16_(c.span.end));
        w_.key("id"), w_.string(c.id);
        w_.key("kind"), w_.string(to_string(c.kind));
        w_.key("parts");
        w_.open('[');
        for (Span p : c.parts) w_.item(), span(p);
        w_.close(']');
        w_.key("speaker");
        s ? w_.string(s->id) : w_.null();
        w_.key("speaker_name");
        s ? w_.string(s->name) : w_.null();
        w_.key("start"), w_.number(u16_(c.span.start));
        w_.key("text"), w_.string(text(c.span));
        w_.key("via");
        c.via.empty() ? w_.null() : w_.string(c.via);
        w_.close('}');
    }

    void speaker(const Speaker& s, std::uint64_t claim_count) {
        w_.item();
        w_.open('{');
        w_.key("aliases"), strings(s.aliases);
        w_.key("claim_count"), w_.number(claim_count);
        w_.key("id"), w_.string(s.id);
        w_.key("kind"), w_.string(to_string(s.kind));
        w_.key("mentions");
        w_.open('[');
        for (Span m : s.mentions) w_.item(), span(m);
        w_.close(']');
        w_.key("name"), w_.string(s.name);
        w_.key("title"), w_.string(s.title);
        w_.close('}');
    }

    const Annotation& a_;
    TextOffsets u16_;  // UTF-16 units, or code points for Python
    Writer w_;
};

}  // namespace

namespace {

// Digits of a span offset: its byte offset has at least as many as its UTF-16 or code-point one.
std::size_t digits(std::uint32_t x) {
    std::size_t n = 1;
    for (; x >= 10; x /= 10) ++n;
    return n;
}

// A little over the one-line JSON's size, from the annotation: each item's keys and punctuation,
// its numbers at the width of their byte offsets, its strings as they stand and 1/16 more of
// them for escapes. The string is allocated once: grown from a guess, its last doubling held the
// old and the new buffer at once (50 MB of news: 200 MB of JSON, 128 MB + 256 MB reserved at
// that moment); and each of its bytes is touched (Sink), so the bound is kept close.
std::size_t estimated_size(const Annotation& a) {
    auto span = [](Span s) { return 28 + digits(s.start) + digits(s.end) + s.size(); };  // {"end":N,"start":N,"text":""},
    std::size_t fixed = 256 + std::strlen(kVersion), strings = 0;
    for (const std::string& w : a.warnings) fixed += 3, strings += w.size();
    for (const Boilerplate& b : a.boilerplate) fixed += 42, strings += b.reason.size() + span(b.span);
    for (const Claim& c : a.claims) {
        // {"confidence":,"cue":,"end":,"id":"","kind":"","parts":[],"speaker":"","speaker_name":"","start":,"text":"","via":} and a comma
        fixed += 116 + std::strlen(to_string(c.kind)) + digits(c.span.start) + digits(c.span.end);
        fixed += c.confidence >= 0.0 && c.confidence <= 1.0 ? 4 : 32;  // "0.85"; else as nlohmann prints it
        strings += c.id.size() + c.span.size() + (c.via.empty() ? 4 : c.via.size());
        strings += c.cue.empty() ? 4 : span(c.cue);
        for (const Span& p : c.parts) strings += span(p);
        if (c.speaker >= 0 && static_cast<std::size_t>(c.speaker) < a.speakers.size()) {
            const Speaker& s = a.speakers[static_cast<std::size_t>(c.speaker)];
            strings += s.id.size() + s.name.size();
        } else {
            strings += 8;  // null, null
        }
    }
    for (const Speaker& s : a.speakers) {
        fixed += 120 + s.aliases.size() * 3;
        strings += s.id.size() + s.name.size() + s.title.size();
        for (const std::string& alias : s.aliases) strings += alias.size();
        for (const Span& m : s.mentions) strings += span(m);
    }
    return fixed + strings + strings / 16;
}

}  // namespace

std::string to_json(const Annotation& a, int indent, OffsetUnit unit) {
    std::string out;
    // Pretty-printed JSON adds its indents on top: that one may still grow.
    Sink sink(out, indent < 0 ? estimated_size(a) : a.text.size() * 2 + 256);
    AnnotationWriter(a, sink, indent, unit).write();
    sink.finish();
    return out;
}

}  // namespace whosaid
