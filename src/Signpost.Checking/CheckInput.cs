using Signpost.Checking.Matching;
using Signpost.Checking.Normalisation;

namespace Signpost.Checking;

/// <summary>
/// Everything one check works on: the original text, its folded form and skeleton (with offset maps),
/// the list hits found in one pass, and the findings so far. Built per call; never shared.
/// </summary>
internal sealed class CheckInput
{
    public CheckInput(string original, CheckContext context, CheckerModel model)
    {
        Context = context;
        Model = model;
        Text = NormalisedText.From(original);
        Skeleton = Skeleton.Build(Text.Folded);
        foreach (var c in Text.Folded)
        {
            if (char.IsAsciiDigit(c))
            {
                DigitCount++;
            }
        }
    }

    public CheckContext Context { get; }

    public CheckerModel Model { get; }

    public NormalisedText Text { get; }

    public string Folded => Text.Folded;

    public Skeleton Skeleton { get; }

    public int DigitCount { get; }

    public List<PhraseMatch> ListMatches { get; } = [];

    public List<PhraseMatch> RosterMatches { get; } = [];

    /// <summary>Allow-list hits ("Dick Whittington"), kept apart so each list hit checks only these.</summary>
    public List<PhraseMatch> AllowMatches { get; } = [];

    public List<Finding> Findings { get; } = [];

    /// <summary>Pupils write on pupil sites; their messages are child-friendly.</summary>
    public bool ForPupil => Context is CheckContext.PupilComment or CheckContext.PupilPost;

    public bool IsOfficial => Context != CheckContext.PersonalPost;

    /// <summary>Adds a finding for folded range [start, start+length).</summary>
    public void Add(string category, string clause, Severity severity, int foldedStart, int foldedLength, string messageKey)
    {
        if (!Detectors.ContextRules.Applies(category, messageKey, Context))
        {
            return;
        }

        var (start, length) = Text.ToOriginal(foldedStart, foldedLength);
        Findings.Add(new Finding(category, clause, severity, start, length, Messages.For(messageKey, ForPupil)));
    }

    /// <summary>Adds a finding for skeleton range [start, end).</summary>
    public void AddSkeleton(string category, string clause, Severity severity, int start, int end, string messageKey)
    {
        var (fs, fl) = Skeleton.ToFolded(start, end);
        Add(category, clause, severity, fs, fl, messageKey);
    }

    /// <summary>The token at skeleton [start, end) with runs expanded, e.g. "fuuck" for "fuuuck" when runs say so.</summary>
    public string TokenText(int start, int end) => new(Skeleton.Chars, start, end - start);
}
