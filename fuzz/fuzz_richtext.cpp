// SPDX-License-Identifier: GPL-3.0-or-later
// The rich-text sanitiser (core/synthesis/richtext.h): minutes text comes from JSON files,
// pastes and editors, so any HTML must come out as the restricted subset, and do so once
// and for all (sanitising twice changes nothing, docs/format.md "Rich text").

#include "fuzzsupport.h"
#include "synthesis/richtext.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    QuorumFuzz::startApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString html = QString::fromUtf8(QuorumFuzz::bytes(data, size));
    const QString clean = Quorum::sanitizeRichText(html);
    QuorumFuzz::require(Quorum::sanitizeRichText(clean) == clean, "sanitizeRichText is idempotent");
    // What readers and documents do with the stored text.
    (void)Quorum::richTextToPlain(clean);
    (void)Quorum::richTextBlocks(clean);
    (void)Quorum::richTextFromPlain(html);
    (void)Quorum::isSafeLink(html);
    return 0;
}
