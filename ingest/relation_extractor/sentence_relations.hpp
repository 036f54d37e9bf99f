#pragma once
/// The relation extractor's reading of one sentence. Its parts are in this folder, one file for each
/// kind of evidence (the sections below name them); relation_extractor.cpp runs it over a document
/// and adds what only the whole document shows. Internal to the stage.
#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "ingest/document.hpp"
#include "ingest/schema.hpp"
#include "ingest/text.hpp"

namespace kg::extraction {

/// An entity taking part in a sentence, at the position of the mention that names it.
struct Argument {
    std::size_t mention;
    int entity;
    EntityType type;
    std::uint32_t first_token, end_token;
};

struct TriggerHit {
    std::uint32_t first, end;  // tokens
    Trigger trigger;
};

/// The events a sentence that names none may be about (entity indices, -1 for none).
struct FocalEvents {
    int article = -1;      ///< the article's main event: named most often, a name counting twice
    int told_so_far = -1;  ///< the main one of those named up to this sentence (or the article's)
    int meeting = -1;      ///< the main one of the meetings ("ministers meet in Tokyo")
};

/// Reads the relations one sentence states. They are appended to the document.
class SentenceRelations {
public:
    SentenceRelations(Document& doc, const Schema& schema, std::uint32_t index, FocalEvents focal,
                      std::set<std::size_t>& attached)
        : doc_(doc), schema_(schema), index_(index), sentence_(doc.sentences[index]), focal_(focal), attached_(attached) {}

    void extract() {
        collect_mentions();
        find_triggers();
        read_memberships();
        read_body_parts();
        collect_arguments();
        read_held_in();
        read_member_countries();
        for (const auto& hit : memberships_) read_membership_phrase(hit);
        for (const auto& hit : triggers_) read_trigger(hit);
        read_where_clause();
        read_event_setting();
        read_owned_events();
    }

private:
    // ---- scope.cpp: the sentence's mentions and triggers, negation, a clause's limits -----------------------
    void add(RelationType type, int source, int target, std::string detail = {});

    /// One attends or chairs a meeting, not a war or an election ("the war began", "the 2020 election").
    /// "with Chinese President Xi Jinping and Russian President Vladimir Putin absent": whether the sentence
    /// says the entity was not there.
    bool absent(int entity) const;
    bool can_be_attended(int entity) const;

    std::string_view key(std::uint32_t token) const { return doc_.key(token); }

    void collect_mentions();

    void find_triggers();

    bool negated(const TriggerHit& hit) const;

    /// "the next steps of the 100-year partnership signed in January": a past participle right after a
    /// thing's noun says what was done to the thing, not what the sentence's people did ("the two
    /// leaders signed in Paris" is a group's act).
    bool modifies_thing_before(const TriggerHit& hit) const;

    /// "spoke on May 7 with", "met on Tuesday with", "spoke this evening with", "talked by video link
    /// with": a time or a means between a verb of meeting and its partner. The token of "with", or 0.
    std::uint32_t meeting_with_after_adverbial(std::uint32_t verb) const;
    /// Whether a person's name begins at `token`, or after the capitalised words of a title there.
    bool person_named_at(std::uint32_t token) const;

    /// "on May 24": the month, not the modal verb "may".
    bool names_month(std::uint32_t token) const;

    /// Clause limits around a trigger: other triggers, semicolons and subordinate clauses bound it.
    std::uint32_t left_limit(const TriggerHit& hit) const;
    /// Whether a conjunction after a comma at `token` opens a clause with a subject of its own
    /// before the verb at `verb` ("as leaders gathered"); a pronoun or "the two" refers back.
    bool opens_adverbial_clause(std::uint32_t token, std::uint32_t verb) const;
    /// A verb that reports a clause ("said", "told"; not "urged", whose clause did not happen, nor
    /// "spoke", which is talking itself).
    bool reports_clause(std::uint32_t token) const;
    /// Whether a participant starts the reported clause: right after the verb, or after "that".
    bool subject_follows(std::uint32_t begin, std::uint32_t end) const;
    /// Whether a person named from `begin` on is the one right before the verb ("..., Scholz said").
    bool speaker_between(std::uint32_t begin, std::uint32_t verb) const;
    /// Whether the token is part of an event's mention ("held a Japan-Philippines Foreign Ministers' Meeting
    /// with ...", "held a summit meeting with ...": "meeting with" there is a noun, no verb that ends the clause).
    bool inside_event_name(std::uint32_t token) const;
    /// Where the participants just before the comma at `comma` begin ("the two leaders, who"), or
    /// `comma` itself if none ends there: the clause then has no subject to read.
    std::uint32_t antecedent_start(std::uint32_t comma) const;
    /// Whether [from, to) holds only capitalised words and "the" ("the Republic of Korea").
    bool only_capitals_between(std::uint32_t from, std::uint32_t to) const;
    std::uint32_t right_limit(const TriggerHit& hit) const;

    /// Whether the semicolon at `semicolon` parts the people of one list ("attended by Sheikh Tahnoun,
    /// National Security Advisor; and Dr. Sultan Al Jaber, Minister of Industry"), not two clauses.
    bool continues_list_of_people(std::uint32_t semicolon) const;
    /// Whether a person or party named at `token` is followed by a verb in the present or past
    /// ("Donald Trump takes office", "Xi arrived"): the subject of a clause.
    bool subject_at(std::uint32_t token) const;
    /// "held talks in the Kremlin, Kremlin spokesman Dmitry Peskov told reporters", "..., said Foreign
    /// Minister Sugiono": who reports after the comma took no part in what the clause before it says.
    bool attribution_after(std::uint32_t comma) const;
    static bool same_place(const TriggerHit& a, const TriggerHit& b) { return a.first == b.first; }

    /// "signed the Reciprocal Access Agreement with ...": a possessive trigger with no owner before
    /// it ("Biden's and Xi's agreement") is a plain noun and starts no clause
    bool ownerless(const TriggerHit& hit) const;

    const Mention& mention(std::size_t m) const { return doc_.mentions[m]; }

    bool only_words_between(std::uint32_t from, std::uint32_t to, std::initializer_list<std::string_view> words) const;

    bool inside_qualifier(std::uint32_t token) const;

    // ---- memberships.cpp: member_of and represents from titles, names and appositives -----------------------
    void read_memberships();

    /// "Minister of Public Security Guo" -> member_of Ministry of Public Security.
    void read_title_membership(const Mention& p);
    /// "Defense Secretary Pete Hegseth": an American secretary's field names his department.
    void read_american_secretary(const Mention& p, const std::string& position, const std::string& country);

    /// "Member of the Political Bureau of the CPC Central Committee and Foreign Minister Wang Yi": an
    /// office in a body, joined by "and" before the person's title, is the person's too.
    void read_office_joined_before(const Mention& p);

    /// "Public Security", "the Interior", "Foreign Affairs and Trade": every word but "the" and "and"
    /// capitalised, as a ministry's name is.
    static bool names_field_in_capitals(std::string_view complement);

    /// "Director of the Federal Bureau of Investigation Christopher Wray": the title names an agency the
    /// recogniser read, just before the name (a rank may stand between: "... of Staff General Mark Milley").
    /// "FBI Director Christopher Wray", "State Department spokesman Ned Price": the agency stands right
    /// before the title.
    bool read_agency_in_title(const Mention& p);
    /// Whether the tokens from `from` up to the person's name are the person's title and nothing else
    /// ("'s" or an acronym may come first: "the Pentagon's press secretary John Kirby").
    bool title_between(std::uint32_t from, const Mention& p, bool set_off_allowed) const;

    /// Past a body's short name in brackets at token `t` ("(FTC)"), before `limit`; else `t`.
    std::uint32_t past_short_name(std::uint32_t t, std::uint32_t limit) const;
    /// Where the forms of address before a person's name begin ("H.E. Ms. Fatou Kiné Diop").
    std::uint32_t address_start(const Mention& p) const;

    /// Whether a word of `text` (in lower case) is a title: "deputy prime minister", not "trade".
    bool names_title(std::string_view text) const;
    /// Whether a lower-case position is an office of the party its word names ("democratic leader",
    /// "house republican conference chair"), not a word of another party's name.
    bool names_party_office(std::string_view position, std::string_view party) const;

    bool is_honorific(std::uint32_t token) const;

    /// Whether the tokens from `from` up to the person's name end the person's title.
    bool ends_title(std::uint32_t from, const Mention& p) const;

    int find_or_make_agency(const std::string& name, const std::string& country);

    /// "Takamura from the National Security Secretariat", "Spaulding, an undersecretary at the US DHS",
    /// "Max Baucus, the US ambassador to China".
    void read_affiliation(std::size_t k);
    /// "Merz's conservative Christian Democratic Union": the party a person's possessive names.
    void read_party_owned(const Mention& p);
    /// Whether an organisation's name is a political party's ("... Party", "... Democrats", "Christian
    /// Democratic Union").
    static bool names_political_party(std::string_view name);
    /// "Rafael Grossi, who heads the International Atomic Energy Agency,": a member of the body he heads.
    void read_body_headed(const Mention& p);

    /// Whether a name follows the comma that closes an appositive, with no office of its own after it:
    /// the office between was that name's ("Trudeau, the Nato secretary general, Mark Rutte, and ...").
    bool office_before_next_name(std::uint32_t comma) const;
    /// Whether a person's name follows the capitalised words from `token` on ("Director Dr. Anthony Fauci").
    bool name_after_role(std::uint32_t token) const;
    /// Whether the word (a key) is among the tokens [from, to).
    bool words_include(std::uint32_t from, std::uint32_t to, std::string_view word) const;

    /// The agencies from mentions_[first] up to token `stop` describe a person ("Cai Qi, a member of
    /// the Standing Committee of the Political Bureau of the CPC Central Committee, attended"): none
    /// of them is a party to the sentence's events.
    void attach_agencies(std::size_t first, std::uint32_t stop);

    /// "Tanden and Marten met with members of the Council": the phrase ends in the word that brings
    /// in a partner, and the partner is no one named, so the two did not meet each other ("met with
    /// each other" says they did).
    /// "called on Russia to withdraw its troops" urges; "called on Prime Minister Modi" visits him.
    bool urges(const TriggerHit& hit, std::uint32_t right) const;
    /// "welcomed Colombian President Gustavo Petro to the Planalto Palace" receives him; "welcomed the
    /// decision by Xi" or "welcomed Xi's visit" does not: the guest's name comes next, after a title.
    bool welcomes_no_guest(const TriggerHit& hit) const;
    /// Whether a person is named within [begin, end).
    bool names_person(std::uint32_t begin, std::uint32_t end) const;

    bool partner_unnamed(const TriggerHit& hit) const;

    /// Whether a title that names nobody starts at `token` (the recogniser found no name after it).
    bool title_alone_at(std::uint32_t token) const;

    /// Whether the words are a country, a place or start with "the": the complement of a head of government's title.
    bool names_place(const std::string& words) const;

    /// Whether a title or role starts at `token`, after any words that only modify one: "national
    /// security adviser", not "policy toward Asia" or "trade,".
    bool role_at(std::uint32_t token) const;

    /// Whether [from, to) holds a word in lower case other than an article or "and": "the minister
    /// responsible for", not "the" of "Biden, the UK and France".
    bool words_in_lower_case(std::uint32_t from, std::uint32_t to) const;

    /// Whether a role word comes within three words of `token`, before a comma ("UN High Commissioner").
    bool role_follows(std::uint32_t token) const;
    /// Whether the role's words from `role` go on with "of" or "on" to a body, before `stop` ("chair of the
    /// House Foreign Affairs Committee").
    bool body_in_complement(std::uint32_t role, std::uint32_t stop) const;

    /// `modifier`: whether a word that only modifies a title ("deputy", "national") counts.
    bool is_role_word(std::uint32_t token, bool modifier = true) const;

    // ---- arguments.cpp: arguments and the groups around a trigger -------------------------------------------
    void collect_arguments();

    /// "Kenya's ambassador to China, Willy Bett, attended": the country an envoy is posted to says who
    /// the envoy is, it is no party to the sentence's events.
    bool posted_to(const Mention& x) const;

    /// "spoke with Cherelle Griner, the wife of Brittney Griner", "met the family of Paul Whelan": the
    /// person named after a kinship word only says whose kin met; he or she was not there.
    bool kin_named(const Mention& x) const;
    static bool is_kin_word(std::string_view word);
    /// "met Rwandan President Paul Kagame's envoy", "Biden's wife": the person whose aide or kin is
    /// named was not there either.
    bool names_whose(const Mention& x) const;

    /// The place before the comma of "Apulia, Italy", when a country follows that comma; else null.
    const Mention* place_before_country(std::uint32_t comma) const;
    /// The comma of "Apulia, Italy" closes no clause.
    bool between_place_and_country(std::uint32_t comma) const { return place_before_country(comma) != nullptr; }
    /// "visiting Apulia, Italy to attend the summit": the country after a place and its comma says
    /// where the place is; it is no party ("In Beijing, China and Russia signed" has one).
    bool locates_place(const Mention& x) const;

    /// "UNITED NATIONS, 12 March — The Security Council met", "ADDIS ABABA, Ethiopia (AP) — ...": the
    /// place a report comes from, a word in capitals and what follows it up to a dash, is no party
    /// to its first sentence.
    bool in_dateline(const Mention& x) const;

    bool is_dash(std::uint32_t token) const { return kg::is_dash(key(token)); }

    bool has_comma_and(std::uint32_t from, std::uint32_t to) const;
    /// "spoke with Micheál Martin and wished him a happy St. Patrick's Day": "and" before a verb in the
    /// past tense ends the list of partners and starts a second predicate.
    bool and_verb(std::uint32_t from, std::uint32_t to) const;
    /// "An Israeli delegation led by Mossad chief David Barnea arrived in the Egyptian capital": the
    /// first word in the past tense after the agents ends them. Returns that word's token, or `end`.
    std::uint32_t past_verb_or(std::uint32_t from, std::uint32_t end) const;
    /// "arrived", "signed": a regular verb's past ("ed" alone, as in "led", is too short to tell)
    static bool past_tense(std::string_view word) { return word.size() > 4 && ends_with(word, "ed"); }
    bool lower_case_word(std::uint32_t token) const;
    bool inside_argument(std::uint32_t token) const;
    bool has_comma(std::uint32_t from, std::uint32_t to) const { return has_word(from, to, ","); }
    bool has_word(std::uint32_t from, std::uint32_t to, std::string_view word) const;

    static bool participant(EntityType t) { return t == EntityType::person || t == EntityType::agency || t == EntityType::country; }

    /// The coordinated list just before `end`: a second ", and" going back starts another list.
    std::vector<Argument> left_group(std::uint32_t begin, std::uint32_t end) const;

    /// "urged an end to the violence in Myanmar as they opened the meeting", "sanctions against Hamas",
    /// "cooperation with the United States": a country or body behind such a preposition is where, whom
    /// or with whom something happens, no subject.
    bool scene_or_target(const Argument& a) const;

    /// Whether tokens [first, last) stand in a relative clause that closes before `end`: the African
    /// Union in "Ruto, who chairs the African Union's committee, attended" did not attend.
    bool inside_relative_clause(std::uint32_t first, std::uint32_t last, std::uint32_t end) const;

    std::vector<Argument> right_group(std::uint32_t begin, std::uint32_t end) const;

    /// "met Crown Prince Mohammed bin Salman, who conveyed his greetings to President Pezeshkian": whom
    /// a relative clause between `from` and `to` names is no party of the verb before it.
    bool relative_clause_opens(std::uint32_t from, std::uint32_t to) const;

    /// "met with Anwar Gargash, a diplomatic adviser to UAE President Mohamed bin Zayed": whom the
    /// appositive between `from` and `to` says the one before serves is no party of the verb.
    bool served_by_appositive(std::uint32_t from, std::uint32_t to) const;

    /// "Polly Trottenberg, Deputy Secretary, Department of Transportation", "Gilbert Winn, CEO of
    /// WinnCompanies": a body after a person's title (or after the title's own mention) is where the
    /// person works, no party of the verb.
    bool body_in_appositive(const Argument& person, const Argument& body) const;

    /// "with her French counterpart Gerald Darmanin": a possessive pronoun is the partner's
    /// determiner, not a partner ("met her on Monday" names her).
    bool possessive(const Argument& a) const;

    /// Whether a trigger took an object before the next one: only then does the next start a new clause
    /// ("joined X in co-chairing Y", "held talks in Paris and signed" do not).
    bool has_object(const TriggerHit& trigger, std::uint32_t end) const;

    int first_event(std::uint32_t begin, std::uint32_t end, bool skip_dating = false) const;
    /// The event joined to `event` by "and" right after it, before `end` ("the 15th Joint Commission
    /// Meeting and the 5th Strategic Dialogue"), or -1.
    int event_joined_after(int event, std::uint32_t end) const;
    /// "hosted Zelensky on Wednesday, a day after a meeting of defence ministers": an event that
    /// only dates the verb, after a temporal preposition, is not the one the subject attended.
    bool dated_by(std::uint32_t event_first) const;

    /// "Japan was represented by Prime Minister Ishiba": the people represent the country, or belong to
    /// the organisation ("The European Union was represented by Costa, President of the European Council"),
    /// and attended the event named after them or, when none is, the article's event.
    void read_represented_by(const TriggerHit& hit, std::uint32_t left, std::uint32_t right);
    /// A leader "was represented by" a stand-in: who stood in was at the occasion, for the leader's country.
    void read_stand_in(const Argument& leader, const TriggerHit& hit, std::uint32_t right);

    /// "Jaishankar represented India at the summit": the person serves the country (or belongs to
    /// the body) and attended the event.
    void read_represented(const TriggerHit& hit, std::uint32_t right, const std::vector<Argument>& subjects);

    // ---- body_parts.cpp: part_of between bodies --------------------------------------------------------------
    /// "Europol's European Cybercrime Centre", "the Swiss Agency for Development and Cooperation, part of
    /// the Federal Department of Foreign Affairs,", "the Federal Intelligence Service, an agency under the
    /// Federal Department of Defence": the organ is part of the body.
    void read_body_parts();
    /// Whether a body's name ends in an organ's head ("... Centre", "... Office"), not "... Partners".
    static bool names_an_organ(const std::string& name);
    /// The agency whose mention ends at token `end`, or -1.
    int agency_ending_at(std::uint32_t end) const;
    /// Where the body begins after ", part of the", ", which is part of", ", an agency under the", ", a
    /// unit of"; 0 when no such words follow token `t`.
    std::uint32_t body_after_part_words(std::uint32_t t) const;

    // ---- held_in.cpp: where events were held ----------------------------------------------------------------
    void read_held_in();

    /// Past ", which ... ," after an event when its verb follows ("The summit, which brought together 40
    /// heads of state, was held in Geneva"), else `t`.
    std::uint32_t past_relative_clause(std::uint32_t t) const;
    /// "the Saudi city of Jeddah", "the Qatari capital, Doha": the city named after a country's word, or null.
    const Mention* city_named_after(const Mention& country) const;
    /// The city named with "in" right before "[,] on the margins (sidelines) of [the] EVENT" or before
    /// "for the [annual] EVENT" ("met in Queenstown for the annual Leaders' Meeting"), or null.
    const Mention* city_before_event(const Mention& event) const;

    /// Whether the words between an event and a place say what the event was about ("on the
    /// situation in", "about the war in", "discussed the situation in"): the place is the topic's, not the event's.
    bool names_topic(std::uint32_t from, std::uint32_t to) const;

    /// Whether the sentence holds the event, a verb of holding right before it: "held the fourth dialogue".
    bool held_before(const Mention& event) const;

    /// Whether [from, to) names a trouble somewhere, which a place after it is the scene of: "on the
    /// situation in", "on the crisis in".
    bool names_trouble(std::uint32_t from, std::uint32_t to) const;

    /// Whether "was held", "took place" or "convened" comes in [from, to): the topic has ended and the
    /// place after it is the event's ("dialogue on fighting cybercrime was held in Washington").
    bool held_after(std::uint32_t from, std::uint32_t to) const;

    /// Whether a clause ends between the two tokens: a full stop or semicolon, "since", another relation's
    /// trigger, or a second verb ("addressed the session and called for a ceasefire in Sudan").
    bool crosses_clause(std::uint32_t from, std::uint32_t to) const;

    // ---- triggers.cpp: what a trigger word states -----------------------------------------------------------
    void read_trigger(const TriggerHit& hit);

    /// The person a possessive pronoun at `token` stands for, if the resolver found one.
    std::vector<int> owner_of(std::uint32_t token) const;

    /// "Speaking at a news conference, Governor Hochul said": a participle's clause that opens the
    /// sentence has the subject after its comma. Empty when the trigger stands elsewhere.
    std::vector<Argument> subject_after_opening_participle(const TriggerHit& hit) const;
    /// The first person named just after the comma that closes the trigger's phrase ("After meeting
    /// Kindiki, Henry said"); empty if none.
    std::vector<Argument> subject_after_opening_phrase(const TriggerHit& hit) const;

    bool opens_with_participle() const;
    /// Where the subjects of the verb at `verb` begin: past a phrase of time or place that opens the
    /// sentence ("After an audience with Pope Francis, President Biden met ..."), else `left`.
    std::uint32_t past_opening_phrase(std::uint32_t left, std::uint32_t verb) const;
    /// Past an opening phrase of time before the verb ("Following the meeting, ..."), whatever follows
    /// its comma, else the sentence's start.
    std::uint32_t past_opening_event(std::uint32_t verb) const;

    /// The event after "at", "during" or "on the sidelines/margins of" in [begin, end), or -1.
    int event_where_met(std::uint32_t begin, std::uint32_t end, bool sidelines_only = false) const;
    /// The event of a phrase that opens the sentence and ends at a comma before `verb` ("On the
    /// sidelines of the summit, Trump met ...", "At the G20, ..."), or -1.
    int event_opening_sentence(std::uint32_t verb) const;
    /// "ahead of a trilateral meeting with Cho": a meeting the trigger names after "ahead of" is yet to
    /// come, so no one has met in it.
    bool comes_later(const TriggerHit& hit) const;
    /// "the US delegation led by Jen Daskal" right after `begin`: the people who lead it (empty if none).
    std::vector<Argument> delegation_leaders(std::uint32_t begin, std::uint32_t end) const;

    /// The city (a place of some country) that "in" introduces in [begin, end) before the clause says
    /// what it is about ("to discuss the crisis in Gaza"), or null.
    const Mention* city_in(std::uint32_t begin, std::uint32_t end) const;

    /// Whether "called" makes a call: a person right after it, past a title, named nothing after
    /// ("called Turkish President Erdogan on Tuesday", not "called Putin a killer", "called for").
    bool calls_someone(const TriggerHit& hit) const;
    /// Whether the trigger tells of an arrival or a trip ("arrived in", "traveled to").
    bool arrives(const TriggerHit& hit) const;
    /// Whether `event` is first named before `right` after "for" ("... for a new round of talks").
    bool event_after_for(int event, std::uint32_t right) const;
    /// The occasion a visit was paid for, after "for" later in its clause ("paid an official visit to Japan
    /// for the 15th India-Japan Annual Summit"), or -1.
    int event_visited_for(int visit, std::uint32_t right) const;
    /// Whether `event` is named first at `token` ("is on a | three-day state visit").
    bool event_right_after(std::uint32_t token, int event) const;

    /// The occasion the headline names, or -1.
    int headline_event() const;
    /// The meeting the headline names ("Readout of President Biden's Meeting with President Duda"), or -1.
    int headline_meeting() const;

    /// Whether [begin, end) dates what it tells to another time than the article's: "last year", "in May".
    bool names_another_time(std::uint32_t begin, std::uint32_t end) const;

    /// "Kishida joined President Biden at the summit": the people joined (or hosted) were there too.
    void add_joined(std::uint32_t begin, std::uint32_t end, int event);
    /// "opened the COP29 climate conference in Baku on Monday, where UN Secretary-General Antonio
    /// Guterres urged ...": who speaks or acts in a clause of the event's place was there.
    void read_where_clause();
    /// "Putin and Trump discussed the war in a two-hour phone call", "In a phone call, Biden and Xi
    /// discussed trade": the sentence's subjects were at the talks it sets them in, and spoke together.
    void read_event_setting();
    /// Whether the argument names talks held (a meeting or a call, not a process, nor one still to come).
    bool talks_at(const Argument& a) const;
    /// "Kallas's visit to Damascus", "her visit", "their meeting": whose occasion it is attended it.
    void read_owned_events();
    /// Whether the trigger opens the sentence or a phrase that does ("After meeting X, Y said", "In a
    /// meeting with Chinese Premier Li Qiang, Albanese raised ..."): its subject follows the comma.
    bool opens_sentence_phrase(const TriggerHit& hit) const;
    /// The first comma in [from, end), or `end`.
    std::uint32_t first_comma(std::uint32_t from, std::uint32_t end) const;
    /// Where "along with his ...", "alongside her ..." or ", with X also in attendance" begins in [from,
    /// end), or `end`: the subject's own companions ("met the two ministers, along with his senior adviser
    /// Massad Boulos") or others present, whom he did not meet.
    std::uint32_t own_companions_start(std::uint32_t from, std::uint32_t end) const;
    /// Whether one of the subjects was found to attend the event (the verb's tense and words allowed it).
    bool subject_attended(const std::vector<Argument>& subjects, int event) const;
    /// "Erdogan hosted a dinner for NATO Secretary General Mark Rutte", "... in honour of X": the
    /// guests after the event attended it.
    void add_guests(int event, std::uint32_t end);
    /// "Pena also attended, along with Bolivia's President Luis Arce", "Lindner attended, as did
    /// Georgieva": the people named after the verb attended too.
    void add_companions(std::uint32_t after, std::uint32_t end, int event);

    /// Whether the trigger is "led by" after something other than a delegation ("a state led by",
    /// "an initiative led by"): "the delegation was led by X" means X led it at the event.
    bool leads(const TriggerHit& hit) const;
    bool delegation_before(const TriggerHit& hit, std::uint32_t left) const { return names_delegation(left, hit.first); }
    bool names_delegation(std::uint32_t from, std::uint32_t to) const { return delegation_word(from, to) < to; }
    /// The first word for a delegation in [from, to), or `to`.
    std::uint32_t delegation_word(std::uint32_t from, std::uint32_t to) const;

    /// "An Israeli delegation led by Mossad chief David Barnea", "a Hamas delegation headed by Khalil
    /// al-Hayya": who leads a country's delegation represents it, an organisation's belongs to it.
    void read_delegation_party(const TriggerHit& hit, std::uint32_t left, std::uint32_t right);
    /// The people of the delegation whose word is at `word` belong to the country or body that ends there.
    void add_delegation_party(std::uint32_t word, const std::vector<Argument>& people);

    /// Whether the sentence names the event as still to come ("which President Biden will host").
    bool planned(int event) const;
    /// The agency that ends at `token`, or at the comma or "is" before it; -1 if none.
    int agency_just_before(std::uint32_t token) const;
    /// ", which was co-chaired by": the event or body named last before the comma (a place may
    /// follow it), which "which" at `token` - 1 stands for; null if none.
    const Argument* which_antecedent(std::uint32_t token) const;

    /// "Jaishankar met Prince Faisal and co-chaired the council", "X met Y in Tokyo and later attended
    /// the summit": a verb right after "and" shares the subject of the active verb before it, whose
    /// object stands between (none, if that verb has none here). Nothing when the verb has a subject of its own.
    /// "Also present at the meeting were the Minister of Foreign Affairs, Yusuf Tuggar, and ...": the
    /// subjects come after the event and a copula.
    std::vector<Argument> subjects_after_inversion(const TriggerHit& hit) const;

    std::optional<std::vector<Argument>> shared_subject(const TriggerHit& hit) const;

    bool is_adverb(std::uint32_t token) const;

    /// "Erdogan agreed to forward the bid after talks with Kristersson": talks in a phrase of time
    /// ("after", "following", "during") are held by the subject of the clause's first verb.
    std::vector<int> adverbial_owners(const TriggerHit& hit) const;

    /// The verb of sending before a trigger in its sentence ("dispatched Barnea to Doha for talks with"),
    /// or 0.
    std::uint32_t sending_verb_before(std::uint32_t trigger) const;

    /// Whether the entity is named in this sentence or an earlier one.
    bool named_by_now(int entity) const;
    /// "the event", "the occasion": words that name no occasion but the one told of.
    bool generic_occasion_at(std::uint32_t token) const;
    /// Whether the sentence before opened on another scene ("Earlier, ...") and named no occasion.
    bool scene_turned_before() const;
    /// The last event the sentence before this one names (not a planned one), or -1.
    int event_named_in_sentence_before() const;

    /// Whether a trigger reports taking part without saying in what ("participated", "took part",
    /// "were present").
    bool intransitive(const TriggerHit& hit) const;
    /// "with Burns and Barnea joining the discussions": the article's event, which these words name.
    bool discussions_after(const TriggerHit& hit) const;

    /// "a meeting of the Berlin Process foreign ministers, which she co-chaired with her Montenegrin
    /// counterpart, Filip Ivanović": the event before ", which" is what the clause's subject (and the
    /// partners after "with") attended or chaired. False when the trigger stands in no such clause.
    bool read_relative_clause_event(const TriggerHit& hit, std::uint32_t right);
    /// The comma at `comma`, or when a past participle's phrase ends there (", hosted by X in
    /// September,"), the token where that phrase begins.
    std::uint32_t before_participle_phrase(std::uint32_t comma) const;

    // ---- membership_phrases.cpp: 'a member of', member countries --------------------------------------------
    /// "Finland joined NATO", "Hungary is a member of the EU", "Wang Huning, a member of the Standing
    /// Committee": the body right after the phrase has the subject as a member. "He met a member of
    /// the committee" says nothing of him: "a member of" needs a copula or an appositive's comma.
    void read_membership_phrase(const TriggerHit& hit);
    static bool is_membership_verb(std::string_view word);
    /// The people and countries right before a membership's verb, with only auxiliaries and adverbs
    /// between ("Finland formally joined", "Hungary has been a member of"). A list counts whole; a
    /// subject further back ("Sullivan underscored the view that Sweden and Finland ...") does not.
    std::vector<Argument> members_before(std::uint32_t token) const;

    /// "NATO member Turkey", "EU member states Hungary and Slovakia": the countries named after a body's
    /// "member" are its members.
    void read_member_countries();

    // ---- parties.cpp: a trigger's partners and parties ------------------------------------------------------
    /// The people after "with" that follows the event: "X co-chaired the Roundtable with Deputy Prime
    /// Minister Gan" (they chaired it too), "Putin held talks in the Kremlin with Xi Jinping" (they
    /// took part and met). The list ends at a purpose ("... with Gan to discuss").
    void read_partners(const TriggerHit& hit, std::uint32_t end, int event, const std::vector<Argument>& subjects);

    /// Who signed or agreed with the subjects: "signed the pact with X", "agreed with X". Not "pledged
    /// to expand cooperation with X", which is no agreement with X, nor a "with" far from the verb.
    std::vector<Argument> agreement_partners(const TriggerHit& hit, std::uint32_t end) const;

    /// Where a list of partners that starts at `begin` ends: at a purpose ("to discuss"), a dash, a
    /// semicolon or "and" before a phrase of time or place ("and in June").
    std::uint32_t list_end(std::uint32_t begin, std::uint32_t end) const;

    /// Where the parties listed from `begin` end: before the clause of another "by" ("signed by A and
    /// B in Manila, in a ceremony witnessed by C"), or at `end`.
    std::uint32_t first_clause_end(std::uint32_t begin, std::uint32_t end) const;
    /// "hosted by Rubio at the State Department": whether "at" at `t` follows the last of a passive's
    /// agents (those before `end`) and so says where, not who ("Kurt Campbell, Coordinator ... at the
    /// NSC; and Cara Abercrombie": more agents after it).
    bool venue_after_agents(std::uint32_t t, std::uint32_t end) const;
    /// "the agreement between Türkiye, Sweden and NATO for President Erdoğan to send ...": where the
    /// parties in [begin, end) end, before what they agree for or about (right after the last party:
    /// not the "for" of "Minister for Industry and Trade Ashatu Kijaji").
    std::uint32_t purpose_after_parties(std::uint32_t begin, std::uint32_t end) const;

    /// Where "between A and B" ends: a comma after its "and" that the main clause's subject and verb
    /// follow ("Following the July 27 meeting between President Biden and PM Meloni, Sullivan and Talo
    /// reaffirmed ..."; not "between the U.S. and Gabon, Liberia, and Nigeria to ..."), or `end`.
    std::uint32_t pair_end(std::uint32_t begin, std::uint32_t end) const;
    /// Where the agents of a participle set off by commas end: at the first comma that goes on to no
    /// more of their list ("the meeting, co-chaired by A and B, PM Chinh asked"; "the conversation,
    /// convened by the Office of the Vice President, Administration officials emphasized"; not "by A,
    /// B and C"), or at `end`.
    std::uint32_t set_off_agents_end(std::uint32_t begin, std::uint32_t end) const;
    /// The person named at `token`, or after a title in capitals that starts there ("Minister of
    /// Electronics and IT Ashwini Vaishnaw"), before `end`; nullptr if none.
    const Argument* person_after_title(std::uint32_t token, std::uint32_t end) const;

    /// The token "with" in [begin, end) before any person is named, or `end`.
    std::uint32_t with_before_person(std::uint32_t begin, std::uint32_t end) const;
    /// Whether the words from `from` to the next comma say someone was "in attendance" or "present".
    bool in_attendance_after(std::uint32_t from) const;

    /// Whether a word for what was said comes before anyone is named in [begin, end).
    bool includes_topics(std::uint32_t begin, std::uint32_t end) const;
    const Argument* argument_starting_at(std::uint32_t token, EntityType type) const;

    const Argument* argument_ending_at(std::uint32_t end) const;
    /// "talks in Canberra last month between A and B": where a time phrase that ends at `end` begins
    /// ("last month", "on Monday"), or `end`.
    std::uint32_t past_time_phrase(std::uint32_t end) const;

    static constexpr std::uint32_t no_token = UINT32_MAX;
    /// The "in" or "at" before a place that begins at `first` ("in Beijing", "at the Kremlin"), or no_token.
    std::uint32_t place_preposition(std::uint32_t first) const;
    /// Where "in Beijing", "at the Kremlin" begins when it ends at `end`, else `end`.
    std::uint32_t place_phrase_start(std::uint32_t end) const;

    int event_ending_at(std::uint32_t end) const;

    /// Who agrees: people, else countries, and a country's bodies when only bodies are named ("the
    /// Philippine Coast Guard and the Vietnam Coast Guard agreed").
    std::vector<int> parties(const std::vector<Argument>& group) const;

    static std::vector<int> people(const std::vector<Argument>& group);

    void pairwise(RelationType type, const std::vector<int>& parties);

    Document& doc_;
    const Schema& schema_;
    std::uint32_t index_;
    const Sentence& sentence_;
    FocalEvents focal_;
    std::set<std::size_t>& attached_;
    std::vector<std::size_t> mentions_;
    std::vector<TriggerHit> triggers_;
    std::vector<TriggerHit> memberships_;
    std::vector<bool> negation_;
    std::vector<Argument> arguments_;
};

}  // namespace kg::extraction
