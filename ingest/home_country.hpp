#pragma once
/// A national news agency writing from home leaves its own country's officials unqualified: "SEOUL,
/// Aug. 23 (Yonhap) -- President Lee Jae Myung held a summit with Japanese Prime Minister Shigeru
/// Ishiba". This stage gives such officials the agency's country, once every other reading has had
/// its say: a title, an appositive or a body abroad that names another country wins. First, a person
/// the text says represents a country ("Jaishankar and Singh represented India") takes that country,
/// an official who accompanies a leader the leader's ("Economy Minister Luis Caputo, who accompanied
/// Milei"), the officials of a sentence that opens "On the Syrian side," that side's, and who hosts a
/// foreign guest in a place the place's country's ("Peters hosted Wong in Wellington"). Last, a
/// ministry named by its field alone ("Minister of Defence Marles") takes its members' country, one
/// body for each country among them.
#include "ingest/stage.hpp"

namespace kg {

class Schema;

class HomeCountryResolver : public Stage {
public:
    explicit HomeCountryResolver(const Schema& schema) : schema_(schema) {}
    std::string_view name() const override { return "home_country"; }
    void run(Document& doc) const override;

private:
    const Schema& schema_;
};

}  // namespace kg
