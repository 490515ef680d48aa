// Hygiene of the lexicon's named tables (src/lexicon/lexicon.cpp): every entry is found by its
// lookup in any case, no table lists a word twice, no word sits in two tables that say opposite
// things about it, and the hashed table holding them all stays as sparse as it promises.
#include <catch2/catch.hpp>

#include <map>
#include <set>
#include <string>

#include "lexicon.hpp"
#include "lexicon_ascii.hpp"

using namespace whosaid;

namespace {

std::string upper(std::string s) {
    for (char& c : s)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return s;
}

const lexicon::NamedTable& table(const std::string& name) {
    static const std::vector<lexicon::NamedTable> all = lexicon::named_tables();
    for (const auto& t : all)
        if (name == t.name) return t;
    FAIL("no table " << name);
    return all.front();
}

}  // namespace

TEST_CASE("lexicon: every entry of every named table is found, in any case", "[lexicon]") {
    for (const auto& t : lexicon::named_tables()) {
        REQUIRE(t.size > 0);
        for (std::size_t i = 0; i < t.size; ++i) {
            std::string w = t.words[i];
            INFO(t.name << ": " << w);
            CHECK(ascii::lower(w) == w);  // entries are written in lower case
            CHECK(t.lookup(w));
            CHECK(t.lookup(upper(w)));
        }
    }
}

TEST_CASE("lexicon: no table lists a word twice", "[lexicon]") {
    for (const auto& t : lexicon::named_tables()) {
        std::set<std::string> seen;
        for (std::size_t i = 0; i < t.size; ++i) {
            INFO(t.name << ": " << t.words[i]);
            CHECK(seen.insert(t.words[i]).second);
        }
    }
}

TEST_CASE("lexicon: no word in two tables that contradict each other", "[lexicon]") {
    // A word no source ends on cannot also name a speaker; a question word opens a reported
    // question, never a name's title.
    const std::pair<const char*, const char*> kOpposites[] = {
        {"kNoSpeakerHead", "kTitle"},      {"kNoSpeakerHead", "kRoleNoun"}, {"kNoSpeakerHead", "kKnownOrg"},
        {"kNoSpeakerHead", "kMedia"},      {"kNoSpeakerHead", "kOrgHead"},  {"kLowerFunctionWord", "kRoleNoun"},
        {"kLowerFunctionWord", "kKnownOrg"}, {"kQuestionWord", "kTitle"},  {"kNumberWord", "kTitle"}};
    // Lookups ignore case, so a name written in capitals meets a common word: the rules tell
    // them apart by the capitals ("WHO said" / "who said", "The Times reported" / "three times").
    const std::set<std::string> kCaseHomographs = {"who", "times"};
    for (const auto& [a, b] : kOpposites) {
        const auto& ta = table(a);
        const auto& tb = table(b);
        for (std::size_t i = 0; i < ta.size; ++i) {
            if (kCaseHomographs.count(ta.words[i])) continue;
            INFO(ta.words[i] << " is in " << a << " and " << b);
            CHECK_FALSE(tb.lookup(ta.words[i]));
        }
    }
}

TEST_CASE("lexicon: the word table stays at most 1/max_load full", "[lexicon]") {
    const lexicon::TableFill f = lexicon::word_table_fill();
    std::set<std::string> distinct;
    for (const auto& t : lexicon::named_tables())
        for (std::size_t i = 0; i < t.size; ++i) distinct.insert(t.words[i]);
    INFO(f.words << " words in " << f.slots << " slots");
    CHECK(f.words >= distinct.size());  // cue verbs share the table too
    CHECK(f.words * f.max_load <= f.slots);
    CHECK((f.slots & (f.slots - 1)) == 0);  // a power of two: the probe masks
}

TEST_CASE("lexicon: particle verbs are cues only before their particles", "[lexicon]") {
    CHECK(lexicon::cue_particle("called", "for"));
    CHECK(lexicon::cue_particle("Called", "ON"));
    CHECK_FALSE(lexicon::cue_particle("called", "him"));
    CHECK(lexicon::cue_particle("opened", "up"));
    CHECK_FALSE(lexicon::cue_particle("opened", "the"));
    CHECK(lexicon::cue_particle("said", "anything"));  // a verb with no particles needs none
}
