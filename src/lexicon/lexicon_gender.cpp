// Which pronoun a person takes, from a first name, a title or a role word: "he said" after a
// paragraph that named two people goes to the one who can be "he". Common given names of
// English-language news (Britain, the US and beyond); a name in neither list says nothing.
#include <string_view>
#include <unordered_map>

#include "lexicon.hpp"
#include "lexicon_ascii.hpp"
#include "packed_words.hpp"

namespace whosaid::lexicon {
namespace {

constexpr Words kMaleFirstNames{
    "james" "\0" "john" "\0" "robert" "\0" "michael" "\0" "william" "\0" "david" "\0" "richard" "\0" "joseph" "\0" "thomas" "\0" "charles" "\0"
    "christopher" "\0" "daniel" "\0" "matthew" "\0" "anthony" "\0" "mark" "\0" "donald" "\0" "steven" "\0" "paul" "\0" "andrew" "\0" "joshua" "\0"
    "kenneth" "\0" "kevin" "\0" "brian" "\0" "george" "\0" "timothy" "\0" "ronald" "\0" "edward" "\0" "jason" "\0" "jeffrey" "\0" "ryan" "\0"
    "jacob" "\0" "gary" "\0" "nicholas" "\0" "eric" "\0" "jonathan" "\0" "stephen" "\0" "larry" "\0" "justin" "\0" "scott" "\0" "brandon" "\0"
    "benjamin" "\0" "samuel" "\0" "gregory" "\0" "alexander" "\0" "frank" "\0" "patrick" "\0" "raymond" "\0" "jack" "\0" "dennis" "\0" "jerry" "\0"
    "tyler" "\0" "aaron" "\0" "jose" "\0" "adam" "\0" "henry" "\0" "nathan" "\0" "douglas" "\0" "zachary" "\0" "peter" "\0" "kyle" "\0" "walter" "\0"
    "ethan" "\0" "jeremy" "\0" "harold" "\0" "keith" "\0" "christian" "\0" "roger" "\0" "noah" "\0" "gerald" "\0" "carl" "\0" "terry" "\0" "sean" "\0"
    "austin" "\0" "arthur" "\0" "lawrence" "\0" "jesse" "\0" "dylan" "\0" "bryan" "\0" "joe" "\0" "jordan" "\0" "billy" "\0" "bruce" "\0" "albert" "\0"
    "willie" "\0" "gabriel" "\0" "logan" "\0" "alan" "\0" "juan" "\0" "wayne" "\0" "roy" "\0" "ralph" "\0" "randy" "\0" "eugene" "\0" "vincent" "\0"
    "russell" "\0" "elijah" "\0" "louis" "\0" "bobby" "\0" "philip" "\0" "johnny" "\0" "bernie" "\0" "bernard" "\0" "barack" "\0" "mitt" "\0"
    "ted" "\0" "marco" "\0" "jeb" "\0" "chris" "\0" "mike" "\0" "tom" "\0" "tim" "\0" "jim" "\0" "bill" "\0" "bob" "\0" "dick" "\0" "rick" "\0" "newt" "\0"
    "rand" "\0" "lindsey" "\0" "mitch" "\0" "chuck" "\0" "harry" "\0" "reince" "\0" "sean" "\0" "corey" "\0" "rudy" "\0" "hugh" "\0"
    "boris" "\0" "vladimir" "\0" "dmitry" "\0" "sergei" "\0" "sergey" "\0" "olaf" "\0" "emmanuel" "\0" "xi" "\0" "recep" "\0" "benjamin" "\0"
    "volodymyr" "\0" "keir" "\0" "rishi" "\0" "gordon" "\0" "tony" "\0" "nigel" "\0" "ed" "\0" "ken" "\0" "sadiq" "\0" "jeremy" "\0" "dominic" "\0"
    "michel" "\0" "francois" "\0" "angelo" "\0" "giuseppe" "\0" "mario" "\0" "matteo" "\0" "pedro" "\0" "carlos" "\0" "luis" "\0" "miguel" "\0"
    "ahmed" "\0" "mohammed" "\0" "muhammad" "\0" "ali" "\0" "omar" "\0" "hassan" "\0" "hussein" "\0" "ibrahim" "\0" "abdul" "\0" "narendra" "\0"
    "shinzo" "\0" "fumio" "\0" "justin" "\0" "malcolm" "\0" "kim" "\0" "jens" "\0" "pope" "\0" "francis" "\0" "lord" "\0" "sir" "\0"
    "king" "\0" "prince" "\0" "duke" "\0" "father" "\0" "brother" "\0" "uncle" "\0" "son" "\0" "husband" "\0" "grandfather" "\0" "ben" "\0" "sam" "\0"
    "max" "\0" "ian" "\0" "neil" "\0" "craig" "\0" "graham" "\0" "simon" "\0" "martin" "\0" "colin" "\0" "stuart" "\0" "alistair" "\0" "gavin" "\0"
    "owen" "\0" "rhys" "\0" "liam" "\0" "callum" "\0" "connor" "\0" "hugo" "\0" "oliver" "\0" "oscar" "\0" "leo" "\0" "luke" "\0" "toby" "\0" "dale" "\0"
    "ray" "\0" "earl" "\0" "glenn" "\0" "howard" "\0" "herman" "\0" "lloyd" "\0" "marvin" "\0" "stanley" "\0" "travis" "\0" "wesley" "\0" "xavier" "\0"};

constexpr Words kFemaleFirstNames{
    "mary" "\0" "patricia" "\0" "jennifer" "\0" "linda" "\0" "elizabeth" "\0" "barbara" "\0" "susan" "\0" "jessica" "\0" "sarah" "\0" "karen" "\0"
    "nancy" "\0" "lisa" "\0" "betty" "\0" "margaret" "\0" "sandra" "\0" "ashley" "\0" "kimberly" "\0" "emily" "\0" "donna" "\0" "michelle" "\0"
    "dorothy" "\0" "carol" "\0" "amanda" "\0" "melissa" "\0" "deborah" "\0" "stephanie" "\0" "rebecca" "\0" "sharon" "\0" "laura" "\0"
    "cynthia" "\0" "kathleen" "\0" "amy" "\0" "shirley" "\0" "angela" "\0" "helen" "\0" "anna" "\0" "brenda" "\0" "pamela" "\0" "nicole" "\0"
    "emma" "\0" "samantha" "\0" "katherine" "\0" "christine" "\0" "debra" "\0" "rachel" "\0" "catherine" "\0" "carolyn" "\0" "janet" "\0"
    "ruth" "\0" "maria" "\0" "heather" "\0" "diane" "\0" "virginia" "\0" "julie" "\0" "joyce" "\0" "victoria" "\0" "olivia" "\0" "kelly" "\0"
    "christina" "\0" "lauren" "\0" "joan" "\0" "evelyn" "\0" "judith" "\0" "megan" "\0" "cheryl" "\0" "andrea" "\0" "hannah" "\0" "martha" "\0"
    "jacqueline" "\0" "frances" "\0" "gloria" "\0" "ann" "\0" "teresa" "\0" "kathryn" "\0" "sara" "\0" "janice" "\0" "jean" "\0" "alice" "\0"
    "madison" "\0" "doris" "\0" "abigail" "\0" "julia" "\0" "judy" "\0" "grace" "\0" "denise" "\0" "amber" "\0" "marilyn" "\0" "beverly" "\0"
    "danielle" "\0" "theresa" "\0" "sophia" "\0" "marie" "\0" "diana" "\0" "brittany" "\0" "natalie" "\0" "isabella" "\0" "charlotte" "\0"
    "rose" "\0" "alexis" "\0" "kayla" "\0" "hillary" "\0" "michele" "\0" "melania" "\0" "ivanka" "\0" "chelsea" "\0" "sarah" "\0" "nikki" "\0"
    "carly" "\0" "elizabeth" "\0" "kamala" "\0" "nancy" "\0" "dianne" "\0" "debbie" "\0" "kellyanne" "\0" "huma" "\0" "jill" "\0" "tammy" "\0"
    "kirsten" "\0" "amy" "\0" "condoleezza" "\0" "madeleine" "\0" "theresa" "\0" "angela" "\0" "ursula" "\0" "marine" "\0" "giorgia" "\0"
    "liz" "\0" "priti" "\0" "suella" "\0" "nicola" "\0" "ruth" "\0" "harriet" "\0" "yvette" "\0" "jacinda" "\0" "julia" "\0" "indira" "\0"
    "benazir" "\0" "aung" "\0" "christine" "\0" "kristalina" "\0" "maria" "\0" "sophie" "\0" "lucy" "\0" "chloe" "\0" "ellie" "\0" "amelia" "\0"
    "mia" "\0" "ella" "\0" "ava" "\0" "zoe" "\0" "holly" "\0" "jade" "\0" "megan" "\0" "bethany" "\0" "katie" "\0" "kate" "\0" "jane" "\0" "sue" "\0"
    "ellen" "\0" "clara" "\0" "ines" "\0" "nadia" "\0" "ruby" "\0" "eva" "\0" "irene" "\0" "vera" "\0" "olga" "\0" "natalia" "\0" "svetlana" "\0"
    "queen" "\0" "princess" "\0" "duchess" "\0" "lady" "\0" "dame" "\0" "mother" "\0" "sister" "\0" "aunt" "\0" "daughter" "\0" "wife" "\0"
    "grandmother" "\0" "mrs" "\0" "ms" "\0" "miss" "\0" "madam" "\0" "actress" "\0" "spokeswoman" "\0" "chairwoman" "\0" "congresswoman" "\0"
    "businesswoman" "\0" "councilwoman" "\0" "policewoman" "\0" "stateswoman" "\0" "anchorwoman" "\0" "waitress" "\0" "hostess" "\0"};

constexpr Words kMaleTitles{"mr" "\0" "sir" "\0" "lord" "\0" "king" "\0" "prince" "\0" "duke" "\0" "father" "\0" "brother" "\0" "spokesman" "\0"
                                   "chairman" "\0" "congressman" "\0" "businessman" "\0" "councilman" "\0" "policeman" "\0"
                                   "statesman" "\0" "anchorman" "\0" "husband" "\0" "son" "\0" "grandfather" "\0" "uncle" "\0" "actor" "\0"};

const std::unordered_map<std::string_view, Gender>& gender_table() {
    static const std::unordered_map<std::string_view, Gender> table = [] {
        std::unordered_map<std::string_view, Gender> t;
        for (const char* w : kMaleFirstNames) t.emplace(w, Gender::Male);
        for (const char* w : kMaleTitles) t.emplace(w, Gender::Male);
        for (const char* w : kFemaleFirstNames) t[w] = Gender::Female;  // a female entry wins a clash
        return t;
    }();
    return table;
}

}  // namespace

Gender gender_of_word(std::string_view word) {
    char buf[24];
    if (word.size() >= sizeof buf) return Gender::Unknown;
    for (std::size_t i = 0; i < word.size(); ++i)
        buf[i] = ascii::lower(word[i]);
    auto it = gender_table().find(std::string_view(buf, word.size()));
    return it == gender_table().end() ? Gender::Unknown : it->second;
}

}  // namespace whosaid::lexicon
