#include <catch2/catch.hpp>

#include "graph/name_lookup.hpp"
#include "ingest/error.hpp"
#include "small_graphs.hpp"

using namespace kg;

namespace {
KnowledgeGraph people() {
    KnowledgeGraph g;
    auto add = [&](const std::string& id, const std::string& label, EntityType type, std::vector<std::string> aliases = {}) {
        EntityNode n;
        n.id = id;
        n.label = label;
        n.type = type;
        n.aliases = std::move(aliases);
        g.add_node(n);
    };
    add("person:suzanne-spaulding", "Suzanne Spaulding", EntityType::person);
    add("person:jose-ramos-horta", "José Ramos-Horta", EntityType::person);
    add("person:jeh-johnson", "Jeh Johnson", EntityType::person);
    add("person:boris-johnson", "Boris Johnson", EntityType::person);
    add("agency:dhs", "Department of Homeland Security", EntityType::agency, {"DHS"});
    return g;
}
std::string error_of(const NameIndex& names, const std::string& query) {
    try {
        names.find(query);
    } catch (const LookupError& e) {
        return e.what();
    }
    return "found";
}
}  // namespace

TEST_CASE("names are found by label, alias, surname, any case and accent", "[name_lookup]") {
    const auto g = people();
    const NameIndex names(g);
    CHECK(names.find("Suzanne Spaulding") == 0);
    CHECK(names.find("spaulding") == 0);
    CHECK(names.find("jose ramos-horta") == 1);
    CHECK(names.find("dhs") == 4);
    CHECK(names.find("person:jeh-johnson") == 2);
}

TEST_CASE("ambiguous and unknown names are errors that help", "[name_lookup]") {
    const auto g = people();
    const NameIndex names(g);
    CHECK(error_of(names, "Johnson") ==
          "'Johnson' is ambiguous:\n  Jeh Johnson (person, person:jeh-johnson)\n  Boris Johnson (person, person:boris-johnson)"
          "\nname one by its full label or id");
    CHECK(error_of(names, "Spauldng") == "no entity named 'Spauldng'; did you mean 'Suzanne Spaulding'?");
    CHECK(error_of(names, "Zzzzzzzzzz") == "no entity named 'Zzzzzzzzzz'");
    CHECK(edit_distance("kitten", "sitting") == 3);
}
