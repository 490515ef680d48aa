#include "facts_words.hpp"

#include "lexicon_ascii.hpp"
#include "lexicon_calendar.hpp"

#include <cstring>

namespace whosaid::facts {
namespace {

struct Entry {
    const char* word;
    double value;
};

template <std::size_t N>
double find(const Entry (&table)[N], const std::string& w, double missing) {
    for (const Entry& e : table)
        if (w == e.word) return e.value;
    return missing;
}

const Entry kNumberWords[] = {
    {"two", 2},       {"three", 3},     {"four", 4},     {"five", 5},       {"six", 6},       {"seven", 7},
    {"eight", 8},     {"nine", 9},      {"ten", 10},     {"eleven", 11},    {"twelve", 12},   {"thirteen", 13},
    {"fourteen", 14}, {"fifteen", 15},  {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19},
    {"twenty", 20},   {"thirty", 30},   {"forty", 40},   {"fifty", 50},     {"sixty", 60},    {"seventy", 70},
    {"eighty", 80},   {"ninety", 90},   {"hundred", 100}, {"dozen", 12},    {"one", 1}};

const Entry kScales[] = {{"thousand", 1e3}, {"million", 1e6}, {"mln", 1e6},      {"billion", 1e9},
                         {"bn", 1e9},       {"trillion", 1e12}, {"hundred", 100}};

// Units of time; plural and hyphen-compound forms ("two-year", "hour-long") reduce to these.
const Entry kUnits[] = {{"year", 'Y'},   {"years", 'Y'},   {"month", 'M'},  {"months", 'M'},   {"week", 'W'},
                        {"weeks", 'W'},  {"day", 'D'},     {"days", 'D'},   {"hour", 'h'},     {"hours", 'h'},
                        {"minute", 'm'}, {"minutes", 'm'}, {"second", 's'}, {"seconds", 's'}, {"decade", 'X'},
                        {"decades", 'X'}};

struct Currency {
    const char* word;
    const char* code;
};
const Currency kCurrencyWords[] = {{"dollar", "USD"},  {"dollars", "USD"}, {"euro", "EUR"},     {"euros", "EUR"},
                                   {"pound", "GBP"},   {"pounds", "GBP"},  {"ruble", "RUB"},    {"rubles", "RUB"},
                                   {"rouble", "RUB"},  {"roubles", "RUB"}, {"yen", "JPY"},      {"yuan", "CNY"},
                                   {"hryvnia", "UAH"}, {"hryvnias", "UAH"}, {"rupees", "INR"},  {"francs", "CHF"},
                                   {"usd", "USD"},     {"eur", "EUR"},     {"gbp", "GBP"}};
const Currency kCurrencySymbols[] = {{"$", "USD"}, {"€", "EUR"}, {"£", "GBP"}, {"¥", "JPY"}, {"₽", "RUB"}, {"₴", "UAH"},
                                     {"₹", "INR"}};

// Hedges make a figure approximate; "over"/"more than" are lower bounds, also not exact.
const char* const kHedges[] = {"about",  "around", "approximately", "nearly", "almost", "roughly", "some",
                               "over",   "circa",  "estimated",     "almost", "nearly", "up",      "least",
                               "than",   "under",  "close"};

const char* const kDefinite[] = {"the", "these", "those", "both", "their", "its", "his", "her", "our", "all"};

}  // namespace

std::string lower(std::string_view word) {
    std::string w = ascii::lower(word);
    // possessive: "Friday's", "Friday’s"
    if (w.size() > 2 && w.compare(w.size() - 2, 2, "'s") == 0) w.resize(w.size() - 2);
    else if (w.size() > 4 && w.compare(w.size() - 4, 4, "\xE2\x80\x99s") == 0) w.resize(w.size() - 4);
    return w;
}

int month(std::string_view word) {
    std::string w = lower(word);
    if (!w.empty() && w.back() == '.') w.pop_back();
    for (int k = 0; k < 12; ++k)
        if (ascii::iequals(lexicon::kMonthNames[k], w)) return k + 1;
    for (const lexicon::MonthAbbreviation& a : lexicon::kMonthAbbreviations)
        if (w == a.word) return a.month;
    return 0;
}
int weekday(std::string_view word) {
    std::string w = lower(word);
    for (int k = 0; k < 7; ++k)
        if (ascii::iequals(lexicon::kWeekdayNames[k], w)) return k;
    return -1;
}
double number_word(std::string_view word) { return find(kNumberWords, lower(word), -1); }
double scale(std::string_view word) { return find(kScales, lower(word), 0); }
char duration_unit(std::string_view word) { return static_cast<char>(find(kUnits, lower(word), 0)); }

const char* currency_word(std::string_view word) {
    std::string w = lower(word);
    for (const Currency& c : kCurrencyWords)
        if (w == c.word) return c.code;
    return nullptr;
}
const char* currency_symbol(std::string_view sym) {
    for (const Currency& c : kCurrencySymbols)
        if (sym == c.word) return c.code;
    return nullptr;
}

bool hedge(std::string_view word) {
    std::string w = lower(word);
    for (const char* h : kHedges)
        if (w == h) return true;
    return false;
}

int relative_day(std::string_view word, bool& found) {
    std::string w = lower(word);
    found = true;
    if (w == "yesterday") return -1;
    if (w == "today" || w == "tonight") return 0;
    if (w == "tomorrow") return 1;
    found = false;
    return 0;
}

char relative_unit(std::string_view word) {
    std::string w = lower(word);
    if (w == "week" || w == "weekend") return 'W';
    if (w == "month") return 'M';
    if (w == "year") return 'Y';
    return 0;
}

bool definite(std::string_view word) {
    std::string w = lower(word);
    for (const char* d : kDefinite)
        if (w == d) return true;
    return false;
}

}  // namespace whosaid::facts
