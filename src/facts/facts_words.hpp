// Named word tables for facts: months, weekdays, number words, units, currencies, hedges.
// Lookups take one word, ASCII case-insensitive.
#pragma once

#include <string>
#include <string_view>

namespace whosaid::facts {

std::string lower(std::string_view word);       // ASCII lower case; "’s"/"'s" dropped
int month(std::string_view word);               // "March", "Mar", "Sept" -> 1..12; 0 otherwise
int weekday(std::string_view word);             // "Friday", "Friday's" -> 0 (Monday)..6; -1 otherwise
double number_word(std::string_view word);      // "three" -> 3, "dozen" -> 12; < 0 otherwise
double scale(std::string_view word);            // "million" -> 1e6; 0 otherwise
char duration_unit(std::string_view word);      // "years" -> 'Y', "months" -> 'M', "weeks" -> 'W', "days" -> 'D',
                                                // "hours" -> 'h', "minutes" -> 'm', "seconds" -> 's'; 0 otherwise
const char* currency_word(std::string_view word);    // "dollars" -> "USD"; nullptr otherwise
const char* currency_symbol(std::string_view sym);   // "$" -> "USD", "€" -> "EUR"; nullptr otherwise
bool hedge(std::string_view word);              // about, nearly, almost, some, over: the figure is approximate
int relative_day(std::string_view word, bool& found);  // yesterday -1, today 0, tomorrow +1
char relative_unit(std::string_view word);      // "week" -> 'W', "month" -> 'M', "year" -> 'Y' after last/next/this
bool definite(std::string_view word);           // the, these, both, their: "the two leaders" names, not counts

}  // namespace whosaid::facts
