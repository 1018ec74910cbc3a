using Signpost.Checking.Matching;

namespace Signpost.Checking.Detectors;

/// <summary>
/// On a staff member's own account (6.1, 6.10): the school's email domain written without an address ("I registered with
/// my holbrook.sch.uk address", "my Holbrook email") is school email; the school's class names ("my Oak Class kids",
/// "marking 30 books for Willow Class") say where the writer works, and so identify them. Eleven and four lines of the
/// worked sets; the names come from the school's profile, never from a shared list.
/// </summary>
internal static class WorkplaceNamed
{
    public static void Detect(CheckInput input)
    {
        var text = input.FoldedSpan;
        var model = input.Model;
        foreach (var domain in model.EmailDomains)
        {
            for (var at = text.IndexOf(domain, StringComparison.OrdinalIgnoreCase); at >= 0; at = NextFrom(text, domain, at + domain.Length))
            {
                // "name@holbrook.sch.uk" and "@holbrook.sch.uk" are read by the email and handle detectors.
                if (at == 0 || text[at - 1] != '@')
                {
                    input.Add(Categories.SchoolEmail, "6.10", Severity.Medium, at, domain.Length, "school-email");
                    break;
                }
            }
        }

        var sk = input.Skeleton;
        foreach (var name in model.SchoolNames)
        {
            foreach (var at in SkeletonSearch.FindAll(sk, name))
            {
                var end = at + name.Length;
                var next = SkeletonSentence.NextWord(sk, end);
                if (next.SequenceEqual("email") || next.SequenceEqual("inbox") || (next.SequenceEqual("schol") && SkeletonSentence.NextWord(sk, sk.TokenEnd(SkeletonSentence.NextStart(sk, end))).SequenceEqual("email")))
                {
                    input.AddSkeleton(Categories.SchoolEmail, "6.10", Severity.Medium, at, end, "school-email");
                }
            }
        }

        foreach (var name in model.ClassNames)
        {
            foreach (var at in SkeletonSearch.FindAll(sk, name))
            {
                input.AddSkeleton(Categories.SelfIdentification, "6.1", Severity.Low, at, at + name.Length, "self-id");
                break;
            }
        }
    }

    private static int NextFrom(ReadOnlySpan<char> text, string value, int from) =>
        from >= text.Length ? -1 : text[from..].IndexOf(value, StringComparison.OrdinalIgnoreCase) is var i && i >= 0 ? from + i : -1;
}
