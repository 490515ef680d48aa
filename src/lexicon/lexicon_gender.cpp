// Which pronoun a person takes, from a first name, a title or a role word: "he said" after a
// paragraph that named two people goes to the one who can be "he". Common given names of
// English-language news (Britain, the US and beyond); a name in neither list says nothing.
#include <string_view>
#include <unordered_map>

#include "lexicon.hpp"
#include "lexicon_ascii.hpp"

namespace whosaid::lexicon {
namespace {

const char* const kMaleFirstNames[] = {
    "james", "john", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "charles",
    "christopher", "daniel", "matthew", "anthony", "mark", "donald", "steven", "paul", "andrew", "joshua",
    "kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward", "jason", "jeffrey", "ryan",
    "jacob", "gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin", "scott", "brandon",
    "benjamin", "samuel", "gregory", "alexander", "frank", "patrick", "raymond", "jack", "dennis", "jerry",
    "tyler", "aaron", "jose", "adam", "henry", "nathan", "douglas", "zachary", "peter", "kyle", "walter",
    "ethan", "jeremy", "harold", "keith", "christian", "roger", "noah", "gerald", "carl", "terry", "sean",
    "austin", "arthur", "lawrence", "jesse", "dylan", "bryan", "joe", "jordan", "billy", "bruce", "albert",
    "willie", "gabriel", "logan", "alan", "juan", "wayne", "roy", "ralph", "randy", "eugene", "vincent",
    "russell", "elijah", "louis", "bobby", "philip", "johnny", "bernie", "bernard", "barack", "mitt",
    "ted", "marco", "jeb", "chris", "mike", "tom", "tim", "jim", "bill", "bob", "dick", "rick", "newt",
    "rand", "lindsey", "mitch", "chuck", "harry", "reince", "sean", "corey", "rudy", "hugh",
    "boris", "vladimir", "dmitry", "sergei", "sergey", "olaf", "emmanuel", "xi", "recep", "benjamin",
    "volodymyr", "keir", "rishi", "gordon", "tony", "nigel", "ed", "ken", "sadiq", "jeremy", "dominic",
    "michel", "francois", "angelo", "giuseppe", "mario", "matteo", "pedro", "carlos", "luis", "miguel",
    "ahmed", "mohammed", "muhammad", "ali", "omar", "hassan", "hussein", "ibrahim", "abdul", "narendra",
    "shinzo", "fumio", "justin", "malcolm", "kim", "jens", "pope", "francis", "lord", "sir",
    "king", "prince", "duke", "father", "brother", "uncle", "son", "husband", "grandfather", "ben", "sam",
    "max", "ian", "neil", "craig", "graham", "simon", "martin", "colin", "stuart", "alistair", "gavin",
    "owen", "rhys", "liam", "callum", "connor", "hugo", "oliver", "oscar", "leo", "luke", "toby", "dale",
    "ray", "earl", "glenn", "howard", "herman", "lloyd", "marvin", "stanley", "travis", "wesley", "xavier"};

const char* const kFemaleFirstNames[] = {
    "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen",
    "nancy", "lisa", "betty", "margaret", "sandra", "ashley", "kimberly", "emily", "donna", "michelle",
    "dorothy", "carol", "amanda", "melissa", "deborah", "stephanie", "rebecca", "sharon", "laura",
    "cynthia", "kathleen", "amy", "shirley", "angela", "helen", "anna", "brenda", "pamela", "nicole",
    "emma", "samantha", "katherine", "christine", "debra", "rachel", "catherine", "carolyn", "janet",
    "ruth", "maria", "heather", "diane", "virginia", "julie", "joyce", "victoria", "olivia", "kelly",
    "christina", "lauren", "joan", "evelyn", "judith", "megan", "cheryl", "andrea", "hannah", "martha",
    "jacqueline", "frances", "gloria", "ann", "teresa", "kathryn", "sara", "janice", "jean", "alice",
    "madison", "doris", "abigail", "julia", "judy", "grace", "denise", "amber", "marilyn", "beverly",
    "danielle", "theresa", "sophia", "marie", "diana", "brittany", "natalie", "isabella", "charlotte",
    "rose", "alexis", "kayla", "hillary", "michele", "melania", "ivanka", "chelsea", "sarah", "nikki",
    "carly", "elizabeth", "kamala", "nancy", "dianne", "debbie", "kellyanne", "huma", "jill", "tammy",
    "kirsten", "amy", "condoleezza", "madeleine", "theresa", "angela", "ursula", "marine", "giorgia",
    "liz", "priti", "suella", "nicola", "ruth", "harriet", "yvette", "jacinda", "julia", "indira",
    "benazir", "aung", "christine", "kristalina", "maria", "sophie", "lucy", "chloe", "ellie", "amelia",
    "mia", "ella", "ava", "zoe", "holly", "jade", "megan", "bethany", "katie", "kate", "jane", "sue",
    "ellen", "clara", "ines", "nadia", "ruby", "eva", "irene", "vera", "olga", "natalia", "svetlana",
    "queen", "princess", "duchess", "lady", "dame", "mother", "sister", "aunt", "daughter", "wife",
    "grandmother", "mrs", "ms", "miss", "madam", "actress", "spokeswoman", "chairwoman", "congresswoman",
    "businesswoman", "councilwoman", "policewoman", "stateswoman", "anchorwoman", "waitress", "hostess"};

const char* const kMaleTitles[] = {"mr", "sir", "lord", "king", "prince", "duke", "father", "brother", "spokesman",
                                   "chairman", "congressman", "businessman", "councilman", "policeman",
                                   "statesman", "anchorman", "husband", "son", "grandfather", "uncle", "actor"};

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
