#pragma once
/// The entity resolver's work on one document: which mentions name the same entity. Its parts are
/// in this folder, one file for each kind of entity or reference (the sections below name them);
/// entity_resolver.cpp runs it. Internal to the stage.
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/document.hpp"
#include "ingest/schema.hpp"

namespace kg::resolution {

/// The words of `text` split at ASCII whitespace, as `>>` would split them, without a stream.
std::vector<std::string> words_of(std::string_view text);

std::string join(const std::vector<std::string>& words);

/// "NATO summit", "G20 meeting": a capitalised word before the head says which event a description
/// means; "a bilateral cybersecurity dialogue" says only what kind.
bool has_proper_modifier(std::string_view description);

bool subset_of(const std::vector<std::string>& small, const std::vector<std::string>& big);

/// Typographic apostrophes straightened, as in recognised names.
std::string surface_text(std::string_view text);

/// A name without the comma, spaces or abbreviation stop that end it ("Dong Jun." is "Dong Jun").
std::string strip_trailing_punctuation(std::string s);

/// Whether events of these two classes may be one occasion: a call or a conference is a meeting too.
bool compatible_class(const std::string& a, const std::string& b);

/// Groups mentions into entities and fills the entity table of one document.
class Resolution {
public:
    Resolution(Document& doc, const Schema& schema) : doc_(doc), schema_(schema) {}

    void run() {
        doc_.entities.clear();
        for (auto& m : doc_.mentions) m.entity = -1;
        read_surnames_named_as_places();
        resolve_countries_places();
        resolve_agencies();
        resolve_people();
        copy_counterparts_offices();
        take_country_of_leader_served();
        resolve_events();
        resolve_pronouns_and_groups();
        take_country_of_owner();
        finish();
    }

private:
    // ---- names.cpp: countries, places, agencies and people --------------------------------------------------
    int new_entity(EntityType type, std::string name);

    void link(std::size_t mention, int entity) { doc_.mentions[mention].entity = entity; }

    /// "Austin Hosts Australian Counterpart": a place's name that is the surname of a person the
    /// article names in full ("Lloyd J. Austin III") is that person, unless a preposition or a
    /// dateline makes it a place ("in Austin", "AUSTIN, Texas").
    void read_surnames_named_as_places();

    void resolve_countries_places();

    /// "NCA" after "the National Crime Agency (NCA)": the short name in brackets right after the mention, or "".
    std::string short_name_in_brackets_after(const Mention& m) const;
    /// "Qatari Foreign Ministry", "Foreign Ministry of Qatar": a country's foreign ministry under its
    /// informal name, which the resolver gives its formal one.
    static bool names_foreign_ministry(std::string_view name);
    inline static const std::string foreign_ministry_name = "Ministry of Foreign Affairs";
    void resolve_agencies();
    /// The gazetteer's name of a body the article names as a country's with this bare name after the
    /// country ("U.S. Supreme Court" for "Supreme Court"), or null.
    const std::string* known_body_qualifying(const std::string& bare) const;

    void resolve_people();
    /// "Zelenskyy hosted his Polish and Lithuanian counterparts, Andrzej Duda and Gitanas Nausėda": a
    /// counterpart named with no office of his own holds the host's ("President", "Foreign Minister"),
    /// when that office names no body or field ("Minister of Foreign Affairs" is another country's
    /// ministry) and is no one word but a leader's ("Secretary" stays the host's).
    void copy_counterparts_offices();
    /// "Diplomatic Advisor to the Prime Minister": an adviser to "the" leader serves the country of the
    /// one holder of that office named.
    void take_country_of_leader_served();
    /// "sending his foreign minister, Peter Szijjarto": a leader's own office-holder is of his country.
    void take_country_of_owner();
    /// The token "counterpart(s)" that the person mention's name follows, past demonyms, commas, "and"
    /// and forms of address ("his Nigerian counterpart, Ambassador Tuggar"), or UINT32_MAX.
    std::uint32_t counterpart_before(const Mention& m) const;

    /// "The representative of South Sudan, Ambassador Akuei Bona Malwal,": the person named right
    /// after an office and a comma holds it, whoever held an office of that name before. The entity, or -1.
    int named_in_apposition(std::size_t title) const;
    /// The person named just before a title set off by commas ("Sameh Shoukry, Minister of Foreign
    /// Affairs, and"), whose title it is; -1 if none.
    int named_before_apposition(std::size_t title) const;
    /// "von der Leyen told reporters": the particles before a surname that the person's full name has
    /// belong to the mention ("Leyen" alone is no name of hers).
    void take_particles_before(std::size_t mention);

    /// "Prime Minister Albanese ... Foreign Minister Penny Wong will attend ... The minister said": of
    /// several holders of a title written in lower case, the one the sentence before (or the one
    /// before that) names alone, as news style refers back; all of them if none is.
    std::set<int> last_named_of(const std::set<int>& holders, std::uint32_t sentence) const;
    /// "Sir Keir Starmer met Donald Trump ... handed the US president a letter", "his Chinese
    /// counterpart Wang Yi ... The visiting Chinese minister": a country's office holder whom the
    /// article gave no title is the one person of that country named before, if he has no other
    /// office either. The entity, or -1.
    int untitled_holder(const Mention& description) const;
    /// Whether a position includes a title, as the same office: "vice president" and "deputy prime
    /// minister" are other offices than "president" and "prime minister".
    static bool holds_title(const std::string& position, const std::string& title);

    /// A sovereign's or pope's title, whose holders go by a given name ("King", "Sultan of Oman").
    bool regnal_title(const std::string& position) const;
    /// A title its holders keep after leaving the office: the lexicon marks it "courtesy" or "rank".
    bool courtesy_title(const std::string& position) const;

    /// "minister of defense" as "defense minister", so that the headline's "Defense Minister Reznikov"
    /// is the text's "Minister of Defense Oleksii Reznikov". Other titles stay as they are.
    static std::string portfolio_first(const std::string& title);
    /// "minister of foreign affairs" of "minister of foreign affairs of guatemala": a lower-case title
    /// without the country its last complement names.
    std::string without_country(std::string title) const;
    /// "foreign minister" of "foreign affairs minister": the words by which two names of one
    /// portfolio differ left out.
    static std::string same_portfolio_words(std::string title);
    /// "foreign minister" of "Minister of Foreign Affairs of Guatemala": a position as two names of one
    /// office compare (lower case, portfolio first, no country, no "affairs").
    std::string comparable_office(const std::string& position) const;

    /// "President Biden" is not First Lady Jill Biden: a titled surname joins only a name whose titles agree.
    /// ("former PM Johnson" is former Prime Minister Boris Johnson: the same holder, then or now)
    bool compatible_positions(const std::string& position, const std::vector<std::string>& held) const;

    // ---- events.cpp: events: one entity per occasion --------------------------------------------------------
    static std::string without_former(const std::string& position);

    void resolve_events();

    /// "on the sidelines of the summit", "on the margins of X": an event named as the setting of others.
    bool names_setting(const Mention& m) const;
    /// Whether a mention before mentions[i], in its sentence, names the entity.
    bool mentioned_in_sentence(int entity, std::size_t i) const;
    /// ", the sixth such dialogue": the event named just before the comma that sets off mentions[i]
    /// (a partner's name may come between), or -1.
    int event_set_off_before(std::size_t i) const;
    /// The named event whose short name in brackets the description's words are: 'the "2+2" meeting'
    /// after 'the Foreign and Defense Ministerial Meeting ("2+2")'; or -1.
    int named_by_short_form(const Mention& description) const;
    /// "The previous round was held in Rome", "the next summit": an occasion before or after the ones
    /// the article describes, which it does not name.
    bool another_occasion(const Mention& m) const;
    /// "the meeting", "this meeting": a description that refers back, not "a meeting".
    bool definite(const Mention& m) const;
    /// "a bilateral meeting": introduced with "a" or "an".
    bool indefinite(const Mention& m) const;

    /// "a separate meeting", "another round of talks", "the July 27 meeting": not the occasion described
    /// before (a date says which one it is).
    bool separate_occasion(const Mention& m) const;
    /// "Meeting" alone, capitalised: an event's head with no name, read as a description.
    bool names_head_alone(const Mention& m) const;
    /// "Following a closed-door meeting, ...": an occasion named only to say when the sentence's own happened.
    bool sets_the_time(const Mention& m) const;
    /// "weeks of negotiations", "months of talks": a process, not one occasion told of again.
    bool long_process(const Mention& m) const;

    /// "at their meeting in Mar-a-Lago in April", "the meeting between PM Modi and President Xi in Kazan
    /// last October": someone's meeting the words after it date to a month or a year is an occasion of its own.
    bool owned_and_dated_after(const Mention& m) const;

    /// Whether two event names end in the same word ("summit" and "two-day G20 summit").
    static bool same_head(const std::string& a, const std::string& b);
    static bool same_unnumbered_head(const Entity& event, const std::string& description);

    /// "the US-China dialogue" and "the US-Japan dialogue" are two; a name that gives fewer parties
    /// ("the Japan dialogue", or "United States – Japan – Republic of Korea", whose long names
    /// event_key does not see) may be either. An organisation's own meeting ("the ASEAN Summit")
    /// is not its meeting with others ("the ASEAN-GCC-China Summit").
    static bool same_parties(const std::string& a, const std::string& b);
    /// Parties are ISO codes for countries, canonical names for organisations.
    static bool is_country_code(std::string_view party);

    static bool contains_ordinal(const std::string& name);

    // ---- references.cpp: pronouns, groups and descriptions --------------------------------------------------
    /// Named, resolved mentions of `type` before `before`, newest first, at most `sentences` back;
    /// with `pronouns`, also the he/she/him/her already resolved.
    std::vector<std::size_t> recent(EntityType type, std::size_t before, std::uint32_t sentences,
                                    bool pronouns = false) const;

    /// Which mentions may be members of `group`: a pronoun only in the group's own sentence ("Ishiba
    /// welcomed him, where the leaders signed"); before it, "He raised Navalny's case" names no pair.
    auto named_or_beside(const Mention& group) const;
    /// "the two EU leaders", "the two Chinese ministers": the country code of the party a group's own
    /// words name (empty for an international body, whose own officials have none), or nullptr.
    const std::string* described_party(const Mention& group) const;

    /// Whether the first person mention in pronoun i's sentence, before it, is a title that names no one.
    bool unnamed_subject_before(std::size_t i) const;

    /// "the war in Ukraine", "sanctions against Russia": a country mention that names a place or a target.
    bool named_as_place(std::size_t mention) const;

    /// Whether a one-word mention's word begins the name of a place or a body the article names.
    bool begins_place_or_body(const Mention& single) const;

    void resolve_pronouns_and_groups();

    /// "Cooper, who accompanied Starmer, held talks with her counterpart": mention j stands in a
    /// The person whose name (or title and name) opens the sentence, among the candidates (nearest
    /// first), or SIZE_MAX.
    std::size_t opening_person(const std::vector<std::size_t>& candidates, std::uint32_t sentence) const;
    /// relative clause that closed before mention i, so "her" is not Starmer.
    bool in_closed_relative_clause(std::size_t j, std::size_t i) const;

    /// How many people a sentence names.
    std::size_t people_named_in(std::uint32_t sentence) const;

    /// "Carney said the leaders agreed": the entity of the person named right before the verb of saying
    /// that introduces the group mention `i` (-1 if none).
    int reporter_before(std::size_t i) const;

    /// "Putin met Murmu, who hosted a state banquet in his honour": the person honoured, someone other
    /// than the host named before the verb of hosting (SIZE_MAX if the pronoun is no such one).
    std::size_t honoured_guest(std::size_t i) const;

    /// "The President of Russia informed the Prime Minister about his talks with Trump": who informs,
    /// briefs or updates someone tells of his own doings. The subject's mention, or SIZE_MAX.
    std::size_t informant_before(std::size_t i) const;
    /// "He later traveled to Amman, where he met ...": the pronoun that opens the sentence, when no
    /// other person is named between it and the pronoun `i` (SIZE_MAX otherwise).
    std::size_t pronoun_opening_sentence(std::size_t i) const;
    /// "Johann Wadephul, who held talks with his Polish counterpart": the person named right before
    /// ", who" that opens the pronoun's clause (SIZE_MAX when none, or when the clause names another).
    std::size_t relative_antecedent(std::size_t i) const;
    /// "Albanese met Premier Li, with whom he held talks": the pronoun after ", with whom" is the
    /// sentence's first person, not the one the clause describes (SIZE_MAX if not so).
    std::size_t subject_beside_whom(std::size_t i) const;

    /// "Starmer met her on Monday": an object pronoun is not the subject of its own verb.
    bool subject_of_object(std::size_t j, std::size_t i) const;

    /// Whether no person is named in mention i's sentence before it.
    bool opens_sentence(std::size_t i) const;

    /// The first person named in the sentence before `sentence`, from `candidates` (newest first), or SIZE_MAX.
    std::size_t sentence_subject(const std::vector<std::size_t>& candidates, std::uint32_t sentence) const;
    /// The person named first in the sentence of `verb_subject`, a candidate (nearest first), when that
    /// is a name of someone else; SIZE_MAX otherwise.
    std::size_t own_sentence_subject(const std::vector<std::size_t>& candidates, std::size_t verb_subject) const;

    /// How many a group names: "the two leaders", "both sides", "the pair" 2, "the three ministers" 3;
    /// 0 when it does not say ("the leaders").
    static std::size_t group_size(std::string_view text);

    /// Whether a group of people is named for an office ("the two ministers", "both foreign ministers").
    bool names_an_office(std::string_view text) const;

    /// Whether a group of people is named for their office as heads of state or government.
    /// Whether a group names presidents or heads of state or government, not leaders loosely said.
    static bool names_heads_of_state(std::string_view text);
    static bool names_leaders(std::string_view text);

    /// The countries (and, with `bodies`, the organisations) named inside the last event named before
    /// mention i, within three sentences ("EU" and "China" of "the EU-China Summit"), one mention each.
    std::vector<int> parties_of_last_event(std::size_t i, bool bodies) const;

    /// The people (or countries) a group or "they" stands for: the last ones named together in one
    /// sentence, as many as the group says, else all of them ("Starmer hosted Costa and von der Leyen.
    /// The leaders agreed ...").
    /// The members of the last group named in the same words before mention `i`, if it had any.
    std::vector<int> same_group_before(std::size_t i) const;
    template <typename Fits>
    std::vector<int> last_group(std::size_t i, EntityType type, std::size_t wanted, Fits&& fits,
                                std::uint32_t sentences = 3) const;

    // ---- aliases.cpp: aliases and the names entities are shown by -------------------------------------------
    /// The letters that abbreviate a title: "EAM" for "External Affairs Minister".
    static std::string title_initials(std::string_view title);

    /// "EAM Jaishankar" in a headline is "External Affairs Minister S. Jaishankar": a title's initials
    /// before a surname are no given name. The person is named as the text names them elsewhere.
    void drop_title_initials(Entity& e) const;

    void finish();

    Document& doc_;
    const Schema& schema_;
};

}  // namespace kg::resolution
