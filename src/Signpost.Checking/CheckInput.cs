using System.Buffers;
using Signpost.Checking.Matching;
using Signpost.Checking.Normalisation;

namespace Signpost.Checking;

/// <summary>
/// Everything one check works on: the original text, its folded form and skeleton (with offset maps),
/// the list hits found in one pass, and the findings so far. Built per call; never shared.
/// </summary>
internal sealed class CheckInput
{
    /// <summary>Words whose presence (any case) lets a detector's regex run at all: one vectorised scan finds them all.</summary>
    private static readonly string[] GateWords =
    [
        "dot", "liv", "address", "house", "born", "birth", "dob", "d.o.b", "name", "called",
        "primary", "school", "academy", "junior", "infant", "catholic", " ce", "c of e",
    ];

    /// <summary>The school words <see cref="Detectors.SelfIntroductionDetector"/> wants with their capital ("Primary", " CE").</summary>
    private static readonly string[] CapitalGateWords = ["Primary", "School", "Academy", "Junior", "Infant", "Catholic", " CE", "C of E"];

    private Gate _gates;

    /// <summary>A one-off input (tests, tools); <see cref="ContentChecker"/> reuses one per thread via <see cref="Reset"/>.</summary>
    public CheckInput(string original, CheckContext context, CheckerModel model)
        : this()
    {
        Reset(original, context, model);
    }

    /// <summary>An empty input whose buffers <see cref="Reset"/> fills and reuses.</summary>
    public CheckInput()
    {
        Model = null!;
    }

    [Flags]
    public enum Gate
    {
        None = 0,
        Dot = 1 << 0,
        Liv = 1 << 1,
        Address = 1 << 2,
        House = 1 << 3,
        Born = 1 << 4,
        Birth = 1 << 5,
        Dob = 1 << 6,
        DotDob = 1 << 7,
        Name = 1 << 8,
        Called = 1 << 9,

        /// <summary>Any of "Primary", "School", "Academy", "Junior", "Infant", "Catholic", " CE", "C of E" with that exact case.</summary>
        SchoolWord = 1 << 10,
    }

    /// <summary>Prepares this input for a new check, reusing every buffer.</summary>
    public void Reset(string original, CheckContext context, CheckerModel model)
    {
        Context = context;
        Model = model;
        Text.Fill(original);
        Skeleton.Fill(Text.Folded);
        DigitCount = Text.DigitCount;
        ListMatches.Clear();
        RosterMatches.Clear();
        AllowMatches.Clear();
        AllowMaxLength = 0;
        Findings.Clear();
        _gates = FindGates(Text.Folded);
    }

    public CheckContext Context { get; private set; }

    public CheckerModel Model { get; private set; }

    public NormalisedText Text { get; } = new();

    public string Folded => Text.Folded;

    public Skeleton Skeleton { get; } = new();

    public int DigitCount { get; private set; }

    /// <summary>Whether the folded text contains <paramref name="gate"/>'s word (case-insensitive, anywhere, as string.Contains would).</summary>
    public bool Has(Gate gate) => (_gates & gate) != 0;

    /// <summary>The first ten gate words, the only ones whose case-insensitive presence sets a gate.</summary>
    private static readonly SearchValues<string> LowerGateSearch = SearchValues.Create(GateWords.AsSpan(0, 10), StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> CapitalGateSearch = SearchValues.Create(CapitalGateWords, StringComparison.Ordinal);

    /// <summary>
    /// Which gate words the text contains: each of the first ten in any case, and any school word with its capital.
    /// (The school words in any case set no gate of their own, so they are not searched for: two smaller searches
    /// cost less than one over every word; issue 3's speed.)
    /// </summary>
    private static Gate FindGates(string text)
    {
        var gates = Gate.None;
        var span = text.AsSpan();
        var from = 0;
        while (from < span.Length)
        {
            var i = span[from..].IndexOfAny(LowerGateSearch);
            if (i < 0)
            {
                break;
            }

            var at = span[(from + i)..];
            for (var w = 0; w < 10; w++)
            {
                if (at.StartsWith(GateWords[w], StringComparison.OrdinalIgnoreCase))
                {
                    gates |= (Gate)(1 << w);
                }
            }

            from += i + 1;
        }

        if (span.IndexOfAny(CapitalGateSearch) >= 0)
        {
            gates |= Gate.SchoolWord;
        }

        return gates;
    }

    public List<PhraseMatch> ListMatches { get; } = [];

    public List<PhraseMatch> RosterMatches { get; } = [];

    /// <summary>Allow-list hits ("Dick Whittington"), kept apart so each list hit checks only these.</summary>
    public List<PhraseMatch> AllowMatches { get; } = [];

    /// <summary>The longest allow-list hit, in skeleton chars (how far back an overlapping one can start).</summary>
    public int AllowMaxLength { get; set; }

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
