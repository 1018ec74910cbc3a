using Signpost.Checking.Normalisation;

namespace Signpost.Checking.Detectors;

/// <summary>
/// "Gay" thrown at a child as an insult is homophobic abuse (A.5.6), not only name-calling (5.5): "shut up u gay ...",
/// "harvey is gay lol gay boy gay boy", "noahs 2 dads are weird and gay and disgusting" (blind13, blind16, blind17,
/// blind24: 19 of the 20 worked lines with the word and a bullying finding call it extreme offence). Read only where
/// bullying was found and extreme offence was not; the word itself is the finding. "My uncle is gay and got married"
/// has no bullying in it and stays quiet.
/// </summary>
internal static class GayAsInsult
{
    public static void Detect(CheckInput input)
    {
        // The skeleton is in lower case: an ordinal search, a vector at a time (an ignore-case search of the text cost ~40 ns).
        var sk = input.Skeleton;
        if (sk.Chars.AsSpan(0, sk.Length).IndexOf("gay", StringComparison.Ordinal) < 0
            || ContextReaders.FirstWithout(input.Findings, Categories.ExtremeOffence, Categories.Bullying) < 0)
        {
            return;
        }

        for (var t = 0; t < sk.TokenCount; t++)
        {
            var start = sk.TokenStarts[t];
            if (SkeletonSentence.Token(sk, start).SequenceEqual("gay"))
            {
                input.AddSkeleton(Categories.ExtremeOffence, "A.5.6", Severity.High, start, sk.TokenEnd(start), "slur-homophobic");
                return;
            }
        }
    }
}
