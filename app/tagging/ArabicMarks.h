#pragma once

#include <QStringView>

namespace Clearance::ArabicMarks {

// Whether a phrase carries Arabic vowel marks or shadda (U+064B-U+0652), which tell apart words whose
// letters are the same: عُمان (Oman) and عمّان (Amman) fold to one word.
bool present(QStringView phrase);

// Whether the marks a word of the text writes agree with those of a taxonomy word of the same
// letters: a shadda the name lacks, or a vowel other than the name's on the same letter, says the
// text means another word. Marks the text leaves out agree with anything (most text has none).
bool agree(QStringView text, QStringView name);

} // namespace Clearance::ArabicMarks
