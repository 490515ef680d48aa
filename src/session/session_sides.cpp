// Whose side a speaker speaks for, so that an organisation's readout and its leader's words
// can be one statement ("the Kremlin said" / "Putin said", "the FBI concluded" / "FBI Director
// Comey said"), while two different people never are.
#include <string>

#include "facts_words.hpp"
#include "session_steps.hpp"

namespace whosaid {
namespace {

struct Side {
    const char* word;
    const char* country;
};

// Seats of government and nationality words, each to the country it speaks for.
const Side kSides[] = {
    {"kremlin", "ru"},       {"moscow", "ru"},      {"russia", "ru"},       {"russian", "ru"},
    {"white", "us"},         {"washington", "us"},  {"pentagon", "us"},     {"us", "us"},
    {"u.s.", "us"},          {"american", "us"},    {"america", "us"},      {"berlin", "de"},
    {"german", "de"},        {"germany", "de"},     {"bundestag", "de"},    {"kyiv", "ua"},
    {"kiev", "ua"},          {"ukraine", "ua"},     {"ukrainian", "ua"},    {"london", "uk"},
    {"downing", "uk"},       {"british", "uk"},     {"uk", "uk"},           {"britain", "uk"},
    {"paris", "fr"},         {"elysee", "fr"},      {"french", "fr"},       {"france", "fr"},
    {"beijing", "cn"},       {"chinese", "cn"},     {"china", "cn"},        {"tehran", "ir"},
    {"iranian", "ir"},       {"iran", "ir"},        {"israeli", "il"},      {"israel", "il"},
    {"jerusalem", "il"},     {"brussels", "eu"},    {"eu", "eu"},           {"european", "eu"},
    {"nato", "nato"},        {"ankara", "tr"},      {"turkish", "tr"},      {"tokyo", "jp"},
    {"japanese", "jp"},      {"minsk", "by"},       {"belarusian", "by"},   {"warsaw", "pl"},
    {"polish", "pl"},        {"rome", "it"},        {"italian", "it"},      {"ottawa", "ca"},
    {"canadian", "ca"},      {"delhi", "in"},       {"indian", "in"},
};

// The first word of `text` that names a country's side, or "".
std::string side_in(const std::string& text) {
    std::string word;
    for (std::size_t k = 0; k <= text.size(); ++k) {
        char c = k < text.size() ? text[k] : ' ';
        if (c == ' ' || c == ',' || c == '-') {
            std::string w = facts::lower(word);
            for (const Side& s : kSides)
                if (w == s.word) return s.country;
            word.clear();
        } else word.push_back(c);
    }
    return "";
}

std::string side_of(const SessionSpeaker& s) {
    std::string side = side_in(s.name);
    if (side.empty()) side = side_in(s.title);
    for (std::size_t k = 0; side.empty() && k < s.aliases.size(); ++k) side = side_in(s.aliases[k]);
    return side;
}

// " fbi director james comey ": lower case, anything but letters and digits a space, padded,
// so that a name is found as whole words.
std::string padded_words(const std::string& text) {
    std::string out = " ";
    for (char c : facts::lower(text)) {
        bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (static_cast<unsigned char>(c) >= 0x80 && c != '\xA0' && c != '\xC2');
        if (word) out.push_back(c);
        else if (out.back() != ' ') out.push_back(' ');
    }
    if (out.back() != ' ') out.push_back(' ');
    return out;
}

// A person speaks for an organisation their title or a name of theirs names ("FBI Director
// James Comey" for the FBI, "Kremlin spokesman Dmitry Peskov" for the Kremlin).
bool speaks_for(const SessionSpeaker& person, const SessionSpeaker& org) {
    std::string names = padded_words(person.title);
    for (const std::string& a : person.aliases) names += padded_words(a);
    std::vector<std::string> keys{org.name};
    keys.insert(keys.end(), org.aliases.begin(), org.aliases.end());
    for (const std::string& k : keys) {
        std::string key = padded_words(k);
        if (key.rfind(" the ", 0) == 0) key.erase(0, 4);
        if (key.size() > 2 && names.find(key) != std::string::npos) return true;
    }
    return false;
}

}  // namespace

double speaker_compatibility(const Session& session, int a, int b) {
    if (a < 0 || b < 0) return 0.5;
    if (a == b) return 1.0;
    const SessionSpeaker& x = session.speakers[a];
    const SessionSpeaker& y = session.speakers[b];
    if (x.kind == SpeakerKind::Person && y.kind == SpeakerKind::Person) return 0.0;
    if (x.kind != y.kind && speaks_for(x.kind == SpeakerKind::Person ? x : y, x.kind == SpeakerKind::Person ? y : x))
        return 0.9;
    std::string sx = side_of(x), sy = side_of(y);
    return !sx.empty() && sx == sy ? 0.9 : 0.0;
}

}  // namespace whosaid
