using Signpost.Checking.Normalisation;

namespace Signpost.Checking.Detectors;

/// <summary>
/// Health and family circumstances (5.4) are only personal data when they are about someone: a health
/// or family term counts when a person ("Tom", "my mum", "he", "I") and a verb ("has", "is", "was
/// diagnosed") come just before it in the same sentence. "Tom has asthma" is a finding; "we learned
/// about asthma" is not. A name right before the term counts without a verb ("Harvey (autism)").
/// </summary>
internal sealed class CircumstanceDetector : Detector
{
    public CircumstanceDetector()
        : base(Needs.ListHits)
    {
    }

    private const int Window = 6;

    /// <summary>
    /// Who the circumstance may be about, as the skeleton spells them (<see cref="SkeletonWords.Of"/>: "mummy" reads
    /// "mumy", "been" "ben"; written with their double letters in a plain set, those never matched a token).
    /// </summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CueLookup = SkeletonWords.Of(
        "he", "she", "hes", "shes", "his", "her", "him", "i", "im", "ive", "my", "son", "daughter", "child", "boy", "girl",
        "brother", "sister", "mum", "mom", "mam", "dad", "mother", "father", "nan", "nana", "gran", "grandma",
        "grandad", "grandpa", "uncle", "aunt", "auntie", "cousin", "wife", "husband", "partner", "boyfriend",
        "girlfriend", "parents", "mummy", "daddy", "stepdad", "stepmum", "baby", "mr", "mrs", "miss", "ms", "sir", "family");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> VerbLookup = SkeletonWords.Of(
        "has", "have", "had", "got", "is", "was", "s", "been", "being", "are", "were", "gets", "get", "suffers",
        "suffering", "diagnosed", "went", "with", "having", "be", "now", "still", "just");

    public override void Detect(CheckInput input)
    {
        foreach (var m in input.ListMatches)
        {
            if (m.Entry.Category != PhraseListDetector.Circumstance || PhraseListDetector.IsAllowed(input, m))
            {
                continue;
            }

            if (AboutAPerson(input, m.Start))
            {
                input.AddSkeleton(Categories.PersonalData, m.Entry.Clause, m.Entry.Severity, m.Start, m.End, m.Entry.MessageKey);
            }
        }
    }

    /// <summary>
    /// Whether a roster name of more than one token ends at this token ("ellie-mae has adhd": the skeleton reads "elie
    /// mae", and "mae" alone is no name; blind14). Hits are in text order: those starting up to 40 chars before are read.
    /// </summary>
    private static bool EndsRosterName(CheckInput input, int start, int end)
    {
        var matches = input.RosterMatches;
        var lo = input.FirstRosterMatchFrom(start - 40);
        for (var i = lo; i < matches.Count && matches[i].Start <= start; i++)
        {
            if (matches[i].End == end && matches[i].Start < start && matches[i].Entry.Category is RosterEntries.FirstName or RosterEntries.FullName)
            {
                return true;
            }
        }

        return false;
    }

    private static bool AboutAPerson(CheckInput input, int termStart)
    {
        var sk = input.Skeleton;
        var firstEnd = sk.TokenEnd(termStart);
        if (CueLookup.Contains(sk.Chars.AsSpan(termStart, firstEnd - termStart)))
        {
            // The term names its person itself: "her parents have split up".
            return true;
        }

        var sawVerb = VerbLookup.Contains(sk.Chars.AsSpan(termStart, firstEnd - termStart));
        var end = termStart - 1;
        for (var t = 0; t < Window && end > 0; t++)
        {
            if (sk.Chars[end] == Skeleton.SentenceBreak)
            {
                return false;
            }

            var start = end;
            while (start > 0 && !sk.IsBoundary(start - 1))
            {
                start--;
            }

            var token = sk.Chars.AsSpan(start, end - start);
            if (sawVerb && (CueLookup.Contains(token) || input.Model.IsName(sk, start, end) || EndsRosterName(input, start, end)))
            {
                return true;
            }

            // A name right before the term, as in a list of pupils' needs: "Harvey (autism), Noah (ADHD)" (5.4; the
            // blind set, issue 3).
            if (t == 0 && input.Model.IsName(sk, start, end))
            {
                return true;
            }

            sawVerb |= VerbLookup.Contains(token);
            end = start - 1;
        }

        return false;
    }
}
