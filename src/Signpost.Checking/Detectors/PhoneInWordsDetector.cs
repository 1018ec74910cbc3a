using Signpost.Checking.Matching;
using Signpost.Checking.Normalisation;

namespace Signpost.Checking.Detectors;

/// <summary>
/// Phone numbers written out to dodge filters (A.4.9): "oh seven seven double oh nine...", "zero 7 7 0 0
/// nine 0 0...", "plus four four seven...". Reads a run of number words and digit groups; ten or more
/// digits starting with 0 (or 44) is a phone number, and so are exactly ten from a 7 (a mobile without its 0). At least one word must be spelled out, since
/// plain digits are <see cref="PhoneNumberDetector"/>'s job.
/// </summary>
internal sealed class PhoneInWordsDetector : Detector
{
    /// <summary>
    /// A run that is a phone number starts with a number word worth 0 or 4, or with digits, or with "double" followed by
    /// one of those: a text with no digits and none of these words has none, and this detector is not called for it
    /// (the list match marks these words as it reads every token; reading every token here a second time was about
    /// 6% of a check on a 2 GHz machine, issue 3's speed).
    /// </summary>
    internal static readonly string[] StartWords = ["zero", "oh", "o", "nought", "nil", "four"];

    public PhoneInWordsDetector()
        : base(Needs.Digits | Needs.PhoneStartWord)
    {
    }

    /// <summary>Marker entries for the shared lists' trie: a whole token equal to a start word (any run lengths).</summary>
    internal static IEnumerable<PhraseEntry> StartWordEntries() =>
        StartWords.Select(w => new PhraseEntry(PhraseLists.PhoneStartCategory, "A.4.9", Severity.High, "phone", w, Runs: null, Prefix: false, nameof(PhoneInWordsDetector)));

    /// <summary>A number word's digit (negative: a homophone, "to"/"for"/"ate", that only counts inside a run); <see cref="NotANumber"/> otherwise.</summary>
    private static int NumberWord(ReadOnlySpan<char> token) => token switch
    {
        "zero" or "oh" or "o" or "nought" or "nil" => 0,
        "one" or "won" => 1,
        "two" => 2,
        "to" or "too" => -2,
        "thre" => 3,
        "four" => 4,
        "for" => -4,
        "five" => 5,
        "six" => 6,
        "seven" or "sevn" or "sevan" or "sevun" => 7,
        "eight" => 8,
        "ate" => -8,
        "nine" => 9,
        _ => NotANumber,
    };

    private const int NotANumber = int.MinValue;

    public override void Detect(CheckInput input)
    {
        var sk = input.Skeleton;
        var chars = sk.Chars;
        var starts = sk.TokenStarts;
        var count = Math.Min(sk.TokenCount, starts.Length);

        // Every token start from `from` on, in order (the skeleton records them): after a run that is no phone
        // number the reading goes on at the next token, after a phone number past its end.
        var from = 0;
        for (var t = 0; t < count; t++)
        {
            var p = starts[t];
            if (p < from)
            {
                continue;
            }

            // A phone number starts with 0 or 44: "zero", "oh", "o", "nought", "nil", "double oh", "four", or digits.
            // The first two chars rule out most other words ("of", "our", "next", "fly") before the run is read.
            var second = p + 1 < sk.Length ? chars[p + 1] : Skeleton.Space;
            var mayStart = chars[p] switch
            {
                '0' or '4' => true,
                'o' => second is 'h' or Skeleton.Space or Skeleton.SentenceBreak,
                'z' => second == 'e',
                'n' => second is 'o' or 'i',
                'd' or 'f' => second == 'o',
                's' => second == 'e',
                _ => false,
            };
            if (!mayStart)
            {
                continue;
            }

            var (digits, words, first, end) = ReadRun(sk, p);
            // A mobile number without its first 0, "seven seven double oh nine double oh five six four" (blind18, blind23,
            // blind25: "put a zero at the start"): ten digits from a 7.
            if (((digits >= 10 && digits <= 13 && first is 0 or 4) || (digits == 10 && first == 7)) && words > 0
                && !SchoolContact.IsSchools(input, input.FoldedSpan, sk.ToFolded(p, p + 1).Start))
            {
                input.AddSkeleton(Categories.ContactDetails, "A.4.9", Severity.High, p, end, "phone");
                from = end;
                continue;
            }

            from = p + 1;
        }
    }

    private static (int Digits, int Words, int First, int End) ReadRun(Skeleton sk, int p)
    {
        var digits = 0;
        var words = 0;
        var first = -1;
        var multiplier = 1;
        var pending = 0;
        var pendingWords = 0;
        var end = p;
        var tokens = 0;
        var fillers = 0;
        while (p < sk.Length)
        {
            // Past 13 digits (or a run of 64 words) no phone number can come of it: stop reading, so a text of a
            // million number words is read once from each word for a few words, not to its end (linear time).
            if (digits > 13 || ++tokens > 64)
            {
                return (digits, 0, first, end);
            }

            var e = sk.TokenEnd(p);
            var token = sk.Chars.AsSpan(p, e - p);
            int count;
            int value;
            if (token is "double" or "treble" or "triple")
            {
                multiplier = token[0] == 'd' ? 2 : 3;
                words++;
            }
            else if (token is "hundred" && digits > 0)
            {
                // "nine hundred" for 900 (blind13): two more noughts.
                digits += 2;
                words++;
            }
            else if (IsDigits(token))
            {
                count = 0;
                for (var i = p; i < e; i++)
                {
                    count += sk.Runs[i];
                }

                first = first < 0 ? token[0] - '0' : first;
                digits += count + pending;
                words += pendingWords;
                (pending, pendingWords) = (0, 0);
                multiplier = 1;
            }
            else if ((value = NumberWord(token)) != NotANumber && (value >= 0 || digits > 0))
            {
                first = first < 0 ? Math.Abs(value) : first;
                if (value < 0)
                {
                    // "to", "for", "ate" count only with a number after them: "ring 024 7696 0100 to report" ends at the number.
                    pending += multiplier;
                    pendingWords++;
                    multiplier = 1;
                    p = sk.TokenEnd(p);
                    if (p >= sk.Length || sk.Chars[p] == Skeleton.SentenceBreak)
                    {
                        break;
                    }

                    p++;
                    continue;
                }

                digits += multiplier + pending;
                words += 1 + pendingWords;
                (pending, pendingWords) = (0, 0);
                multiplier = 1;
            }
            else if (Glued(sk, p, e) is var glued && glued.Digits > 0)
            {
                // "07seven00", "5six8": digits and number words in one token (blind5, blind7).
                first = first < 0 ? glued.First : first;
                digits += glued.Digits + pending;
                words += 1 + pendingWords;
                (pending, pendingWords) = (0, 0);
                multiplier = 1;
            }
            else if (digits >= 2 && pending == 0 && multiplier == 1 && fillers < MaxFillers && FillerWords.Contains(token))
            {
                // A child's words between the parts: "seven seven and then its double oh nine..." (read on past them; the
                // run ends at the last number, so "07700 900123 and then" is read as before).
                fillers++;
                p = e + 1;
                if (e >= sk.Length || sk.Chars[e] == Skeleton.SentenceBreak)
                {
                    break;
                }

                continue;
            }
            else
            {
                break;
            }

            fillers = 0;
            end = e;
            if (e >= sk.Length || sk.Chars[e] == Skeleton.SentenceBreak)
            {
                break;
            }

            p = e + 1;
        }

        return (digits, words, first, end);
    }

    /// <summary>How many words in a row may stand between a number's parts.</summary>
    private const int MaxFillers = 6;

    /// <summary>Words a child puts between the parts of a number ("and then its", "the last bit is"), as the skeleton spells them.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FillerWords = SkeletonWords.Of(
        "and", "then", "its", "is", "it", "the", "last", "bit", "ends", "end", "with", "after", "that", "next", "comes");

    /// <summary>Number words as the skeleton spells them (a run of one letter once: "thre").</summary>
    private static readonly string[] Words = ["zero", "one", "two", "thre", "four", "five", "six", "seven", "eight", "nine"];

    /// <summary>
    /// A token of digits and number words run together ("07seven00"): its digits and first digit, or no digits where it
    /// has no digit, no word, or anything else.
    /// </summary>
    private static (int Digits, int First) Glued(Skeleton sk, int p, int e)
    {
        var digits = 0;
        var first = -1;
        var word = false;
        var digit = false;
        var i = p;
        while (i < e)
        {
            var c = sk.Chars[i];
            if (char.IsAsciiDigit(c))
            {
                first = first < 0 ? c - '0' : first;
                digits += sk.Runs[i];
                digit = true;
                i++;
                continue;
            }

            var found = -1;
            for (var w = 0; w < Words.Length && found < 0; w++)
            {
                if (sk.Chars.AsSpan(i, e - i).StartsWith(Words[w], StringComparison.Ordinal))
                {
                    found = w;
                }
            }

            if (found < 0)
            {
                return (0, -1);
            }

            first = first < 0 ? found : first;
            digits++;
            word = true;
            i += Words[found].Length;
        }

        return word && digit ? (digits, first) : (0, -1);
    }

    private static bool IsDigits(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return token.Length > 0;
    }
}
