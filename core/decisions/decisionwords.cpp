// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisions/decisionwords.h"

#include <map>

namespace Quorum {
namespace {

BilingualText words(const char *fr, const char *nl)
{
    return {QString::fromUtf8(fr), QString::fromUtf8(nl)};
}

BilingualText named(const std::map<QString, BilingualText> &names, const QString &code)
{
    const auto it = names.find(code);
    return it == names.end() ? BilingualText{code, code} : it->second;
}

} // namespace

BilingualText voiceWord(Voice voice)
{
    switch (voice) {
    case Voice::For: return words("pour", "voor");
    case Voice::Against: return words("contre", "tegen");
    case Voice::Abstain: return words("abstention", "onthouding");
    }
    return {};
}

BilingualText proposalStatusWord(const QString &code)
{
    static const std::map<QString, BilingualText> names = {
        {u"open"_qs, words("en suspens", "hangende")},
        {u"adopted"_qs, words("adoptée", "aangenomen")},
        {u"rejected"_qs, words("rejetée", "verworpen")},
        {u"withdrawn"_qs, words("retirée", "ingetrokken")},
        {u"replaced"_qs, words("remplacée par une contre-proposition", "vervangen door een tegenvoorstel")},
    };
    return named(names, code);
}

BilingualText objectionStatusWord(const QString &code)
{
    static const std::map<QString, BilingualText> names = {
        {u"standing"_qs, words("maintenue", "gehandhaafd")},
        {u"withdrawn"_qs, words("retirée", "ingetrokken")},
        {u"resolved"_qs, words("levée", "opgelost")},
    };
    return named(names, code);
}

} // namespace Quorum
