// Facts and dates: normalised values, byte spans, resolution against the article date.
#include <catch2/catch.hpp>

#include <string>

#include "facts.hpp"
#include "facts_calendar.hpp"
#include "session_steps.hpp"
#include "whosaid/session.hpp"

using namespace whosaid;

namespace {

// The first fact of `kind` in `text`, with its text checked against its byte span.
Fact first(const std::string& text, const std::string& kind, std::optional<Day> date = std::nullopt) {
    for (const Fact& f : find_facts(text, date))
        if (f.kind == kind) return f;
    FAIL("no " << kind << " fact in: " << text);
    return {};
}

std::string span_text(const std::string& text, const Fact& f) { return text.substr(f.span.start, f.span.size()); }

}  // namespace

TEST_CASE("calendar days round-trip and know their weekday") {
    CHECK(make_day(1970, 1, 1) == 0);
    CHECK(iso_date(make_day(2024, 2, 29)) == "2024-02-29");
    CHECK(iso_date(make_day(1999, 12, 31) + 1) == "2000-01-01");
    CHECK(weekday_of(make_day(2024, 11, 15)) == 4);  // a Friday
    CHECK(weekday_of(make_day(2022, 3, 14)) == 0);   // a Monday
    CHECK(parse_iso_date("2024-11-15") == make_day(2024, 11, 15));
    CHECK_FALSE(parse_iso_date("2023-02-29"));
    CHECK_FALSE(parse_iso_date("15/11/2024"));
}

TEST_CASE("durations are ISO 8601 with hedges marked approximate") {
    std::string t = "They spoke by phone for about an hour.";
    Fact f = first(t, "duration");
    CHECK(f.value == "PT1H");
    CHECK(f.approx);
    CHECK(span_text(t, f) == "about an hour");

    t = "during their hour-long chat";
    f = first(t, "duration");
    CHECK(f.value == "PT1H");
    CHECK_FALSE(f.approx);

    t = "their first direct contact in almost two years";
    f = first(t, "duration");
    CHECK(f.value == "P2Y");
    CHECK(f.approx);
    CHECK(first("a 24-hour ceasefire", "duration").value == "PT24H");
    CHECK(first("after 90 minutes of talks", "duration").value == "PT90M");
}

TEST_CASE("counts, percentages and amounts") {
    CHECK(first("Scholz and Putin have spoken three times since", "count").value == "3");
    CHECK(first("they met twice", "count").value == "2");
    Fact p = first("claims on about 20% of Ukraine's territory", "percent");
    CHECK(p.value == "20");
    CHECK(p.approx);
    CHECK(first("up 3.5 per cent on the year", "percent").value == "3.5");
    CHECK(first("a $5 million grant", "amount").value == "USD 5000000");
    CHECK(first("some 12 billion euros in aid", "amount").value == "EUR 12000000000");
    CHECK(first("costs of 1,200 roubles", "amount").value == "RUB 1200");
    CHECK(first("three sessions of the talks", "number").value == "3");
}

TEST_CASE("a number word after 'the' names, it does not count") {
    for (const Fact& f : find_facts("The two leaders discussed the crisis. One of them left.")) CHECK(f.kind != "number");
}

TEST_CASE("dates keep what the text states") {
    CHECK(first("last spoke directly in December 2022", "date").value == "2022-12");
    CHECK(first("occupied in 2014", "date").value == "2014");
    CHECK(first("On November 15, 2024, the two spoke", "date").value == "2024-11-15");
    CHECK(first("on 12 March 2022", "date").value == "2022-03-12");
    Fact f = first("On March 12, he had a conversation", "date");
    CHECK(f.value == "--03-12");
    CHECK(f.resolved.empty());
    CHECK(first("May 5 talks", "date").value == "--05-05");
    for (const Fact& g : find_facts("Officials may 5 times")) CHECK(g.kind != "date");  // "may" the verb
}

TEST_CASE("weekdays and relative days resolve against a known article date") {
    Day friday = make_day(2024, 11, 15);
    CHECK(first("spoke by phone on Friday", "weekday", friday).resolved == "2024-11-15");
    CHECK(first("spoke by phone on Friday", "weekday").resolved.empty());
    CHECK(first("He had said so on Monday", "weekday", friday).resolved == "2024-11-11");
    CHECK(first("as he did last Friday", "weekday", friday).resolved == "2024-11-08");
    CHECK(first("they meet next Tuesday", "weekday", friday).resolved == "2024-11-19");
    Fact y = first("Yesterday, Biden said", "relative_date", friday);
    CHECK(y.value == "P-1D");
    CHECK(y.resolved == "2024-11-14");
    CHECK(first("no request last week", "relative_date").value == "P-1W");
    CHECK(first("On March 12, he said", "date", make_day(2022, 3, 18)).resolved == "2022-03-12");
    CHECK(first("a conference on December 13", "date", make_day(2023, 1, 5)).resolved == "2022-12-13");
}

TEST_CASE("the article date: dateline, weekday and dated references") {
    std::string t = "Putin and Scholz talk\nNovember 15, 2024\nThe leaders spoke on Friday.\n";
    DateEstimate d = estimate_date(t, find_facts(t));
    REQUIRE(d.date);
    CHECK(iso_date(*d.date) == "2024-11-15");
    CHECK(d.source == "stated");

    t = "Putin and Scholz spoke by phone on Friday, their first direct contact in almost two years.\n"
        "They last spoke directly in December 2022.\n";
    d = estimate_date(t, find_facts(t));
    CHECK_FALSE(d.date);
    CHECK(d.weekday == 4);
    REQUIRE(d.earliest);
    REQUIRE(d.latest);
    CHECK(*d.earliest <= make_day(2024, 11, 15));
    CHECK(*d.latest >= make_day(2024, 11, 15));
    CHECK(*d.earliest > make_day(2024, 3, 18));

    // a Friday in March of some year cannot be that Friday in late 2024
    std::string m = "Putin spoke with Scholz on Friday. On March 12, he had a conversation with Macron.\n";
    DateEstimate march = estimate_date(m, find_facts(m));
    CHECK(march.weekday == 4);
    CHECK_FALSE(dates_compatible(march, d));

    std::string monday = "The spokesman said on Monday that talks continue.\n";
    CHECK_FALSE(dates_compatible(estimate_date(monday, find_facts(monday)), d));
    DateEstimate given1, given2;
    given1.date = make_day(2024, 11, 15), given2.date = make_day(2024, 11, 16);
    CHECK_FALSE(dates_compatible(given1, given2));
    CHECK(dates_compatible(given1, d));
    CHECK(dates_compatible(DateEstimate{}, d));  // nothing known: no objection
}
