using System.Runtime.Intrinsics.X86;
using Signpost.Checking.Matching;
using Signpost.Checking.Normalisation;

namespace Signpost.Checking;

/// <summary>
/// Everything one check works on: the original text, its folded form and skeleton (with offset maps),
/// the list hits found in one pass, and the findings so far. Built per call; never shared.
/// </summary>
internal sealed class CheckInput
{
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

        /// <summary>The words a street-address cue needs (<see cref="Detectors.StreetAddressDetector"/>).</summary>
        AddressWords = Liv | Address | House,

        /// <summary>The words a date-of-birth cue needs (<see cref="Detectors.DateOfBirthDetector"/>).</summary>
        BirthWords = Born | Birth | Dob | DotDob,

        /// <summary>The words a self-introduction needs (<see cref="Detectors.SelfIntroductionDetector"/>).</summary>
        NameWords = Name | Called,
    }

    /// <summary>Prepares this input for a new check, reusing every buffer.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void Reset(string original, CheckContext context, CheckerModel model)
    {
        Text.Fill(original);
        Prepare(context, model);
    }

    /// <summary><see cref="Reset(string, CheckContext, CheckerModel)"/> for a text given as chars (no string is made of it unless a detector asks).</summary>
    public void Reset(ReadOnlySpan<char> original, CheckContext context, CheckerModel model)
    {
        Text.Fill(original);
        Prepare(context, model);
    }

    /// <summary><see cref="Reset(string, CheckContext, CheckerModel)"/> for a text given as UTF-8 (decoded into this input's buffer).</summary>
    public void ResetUtf8(ReadOnlySpan<byte> utf8, CheckContext context, CheckerModel model)
    {
        Text.FillUtf8(utf8);
        Prepare(context, model);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private void Prepare(CheckContext context, CheckerModel model)
    {
        Context = context;
        Model = model;
        Skeleton.Fill(Text.FoldedMemory, Text.IsPlainAscii, mayBeAscii: true);
        DigitCount = Text.DigitCount;
        ListMatches.Clear();
        RosterMatches.Clear();
        AllowMatches.Clear();
        AllowMaxLength = 0;
        Findings.Clear();
        ReadUnfinished = false;
        HomeCue = (-1, -1);
        NamedContact = false;
        if (UnfinishedReads.Count != 0)
        {
            UnfinishedReads.Clear();
        }

        var folded = Text.FoldedSpan;
        _gates = Text.IsPlainAscii && Avx512F.IsSupported && folded.Length >= 34 ? FindGatesWide(folded)
            : Skeleton.BuiltSimple ? Skeleton.Gates() : FindGates(folded);
    }

    public CheckContext Context { get; private set; }

    public CheckerModel Model { get; private set; }

    public NormalisedText Text { get; } = new();

    /// <summary>The folded text as a string (made on first use when the text came as chars: see <see cref="FoldedSpan"/>).</summary>
    public string Folded => Text.Folded;

    /// <summary>The folded text's chars: what a detector's first, cheap tests should read.</summary>
    public ReadOnlySpan<char> FoldedSpan => Text.FoldedSpan;

    public Skeleton Skeleton { get; } = new();

    public int DigitCount { get; private set; }

    /// <summary>Whether the folded text contains <paramref name="gate"/>'s word (case-insensitive, anywhere, as string.Contains would).</summary>
    public bool Has(Gate gate) => (_gates & gate) != 0;

    /// <summary>What this text has of what detectors need (<see cref="Detectors.Detector.Requires"/>).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public Detectors.Needs Present()
    {
        var text = FoldedSpan;
        var sk = Skeleton;
        return (DigitCount > 0 ? Detectors.Needs.Digits : 0)
            | (ListMatches.Count > 0 ? Detectors.Needs.ListHits : 0)
            | (RosterMatches.Count > 0 ? Detectors.Needs.RosterHits : 0)
            | (sk.BuiltSimple ? (sk.HasAtSign ? Detectors.Needs.At : 0) | (sk.HasWordDot ? Detectors.Needs.Dot : 0)
                : (text.Contains('@') ? Detectors.Needs.At : 0) | (text.Contains('.') ? Detectors.Needs.Dot : 0))
            | (Has(Gate.Dot) ? Detectors.Needs.DotWord : 0)
            | (Has(Gate.AddressWords) ? Detectors.Needs.AddressWords : 0)
            | (Has(Gate.BirthWords) ? Detectors.Needs.BirthWords : 0)
            | (Has(Gate.NameWords) ? Detectors.Needs.NameWords : 0)
            | (Has(Gate.SchoolWord) ? Detectors.Needs.SchoolWord : 0)
            | (Context == CheckContext.PersonalPost ? Detectors.Needs.PersonalPost : 0)
            | (sk.SingleLetterTokens >= Detectors.DisguisedWordDetector.MinLetters || sk.HasWildcard ? Detectors.Needs.SpelledOrStarred : 0)
            | (sk.HasPhoneStartWord ? Detectors.Needs.PhoneStartWord : 0)
            // The emoji reader also reads the echo "(((they)))" (EmojiHate.Echo), so a "(" asks for it too.
            | (Text.Marks.Count > 0 || (sk.BuiltSimple ? sk.HasParen : text.Contains('(')) ? Detectors.Needs.Emoji : 0);
    }

    /// <summary>Which gate words <paramref name="text"/> contains (see <see cref="GateSearch.Find"/>).</summary>
    internal static Gate FindGates(ReadOnlySpan<char> text) => GateSearch.Find(text);

    /// <summary>The same, 32 positions at a time (see <see cref="GateSearch.FindWide"/>).</summary>
    internal static Gate FindGatesWide(ReadOnlySpan<char> text) => GateSearch.FindWide(text);

    public List<PhraseMatch> ListMatches { get; } = [];

    public List<PhraseMatch> RosterMatches { get; } = [];

    /// <summary>The index of the first roster hit starting at or after skeleton place <paramref name="start"/> (hits come in text order), or the count.</summary>
    public int FirstRosterMatchFrom(int start) => FirstFrom(RosterMatches, start);

    /// <summary>The index of the first list hit starting at or after skeleton place <paramref name="start"/> (hits come in text order), or the count.</summary>
    public int FirstListMatchFrom(int start) => FirstFrom(ListMatches, start);

    private static int FirstFrom(List<Matching.PhraseMatch> matches, int start)
    {
        var lo = 0;
        var hi = matches.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (matches[mid].Start < start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>Allow-list hits ("Dick Whittington"), kept apart so each list hit checks only these.</summary>
    public List<PhraseMatch> AllowMatches { get; } = [];

    /// <summary>The longest allow-list hit, in skeleton chars (how far back an overlapping one can start).</summary>
    public int AllowMaxLength { get; set; }

    public List<Finding> Findings { get; } = [];

    /// <summary>Whether a finding of <paramref name="category"/> is there already: the readers that add a category add it only where it is missing.</summary>
    public bool HasFinding(string category)
    {
        foreach (var f in Findings)
        {
            if (f.Category == category)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Set when a regex timed out while the current detector read this text (<see cref="RegexSafety"/>): the checker
    /// then notes the detector in <see cref="UnfinishedReads"/> and clears this for the next one.
    /// </summary>
    public bool ReadUnfinished { get; set; }

    /// <summary>Skeleton range of the first "I live ..." cue of <see cref="Detectors.HomeDescribed"/>, read after the other detectors; (-1, -1) when none.</summary>
    public (int Start, int End) HomeCue { get; set; }

    /// <summary>
    /// Whether contact details other than a phone number, postcode or street were found: an address, username, link or
    /// invitation, which may carry a pupil's name (<see cref="Detectors.NamesInAddresses"/> reads only then).
    /// </summary>
    public bool NamedContact { get; private set; }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private void NoteContact(string category, string messageKey)
    {
        if (!NamedContact && messageKey is not ("phone" or "postcode" or "address") && category == Categories.ContactDetails)
        {
            NamedContact = true;
        }
    }

    /// <summary>What the detectors that did not read this text in full read for (at most one each).</summary>
    public List<Detectors.UnfinishedRead> UnfinishedReads { get; } = [];

    /// <summary>
    /// The findings that say the text was not read in full, one per category and thing read for, each over the whole
    /// text: a person must read all of it (any finding holds a text, <see cref="ActionPolicy"/>).
    /// </summary>
    public Finding[] UnfinishedFindings()
    {
        var (start, length) = Text.ToOriginal(0, Text.FoldedSpan.Length);
        var findings = new Finding[UnfinishedReads.Count];
        for (var i = 0; i < findings.Length; i++)
        {
            var read = UnfinishedReads[i];
            findings[i] = new Finding(read.Category, read.Clause, Severity.High, start, length, Messages.Unfinished(read, ForPupil));
        }

        return findings;
    }

    /// <summary>Contact details on a personal post: advice, since pupils and their families could reach the writer by them (6.2).</summary>
    internal const string PersonalContactClause = "6.2";

    internal const string PersonalContactKey = "personal-contact";

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

        NoteContact(category, messageKey);
        AddFolded(category, clause, severity, foldedStart, foldedLength, Messages.For(messageKey, ForPupil));
    }

    /// <summary>Adds a finding for a range of the original text, as another finding gives it.</summary>
    public void AddOriginal(string category, string clause, Severity severity, int start, int length, string messageKey)
    {
        if (Detectors.ContextRules.Applies(category, messageKey, Context))
        {
            Findings.Add(new Finding(category, clause, severity, start, length, Messages.For(messageKey, ForPupil)));
        }
    }

    /// <summary>A finding that applies here, for folded range [start, start+length), with its message.</summary>
    private void AddFolded(string category, string clause, Severity severity, int foldedStart, int foldedLength, string message)
    {
        if (Context == CheckContext.PersonalPost && category == Categories.ContactDetails)
        {
            // Not A.4.9 (official sites): on their own account, advice that pupils and families could reach them by it.
            (clause, severity, message) = (PersonalContactClause, Severity.Low, Messages.For(PersonalContactKey, false));
        }

        var (start, length) = Text.ToOriginal(foldedStart, foldedLength);
        Findings.Add(new Finding(category, clause, severity, start, length, message));
    }

    /// <summary>Adds a finding for skeleton range [start, end).</summary>
    public void AddSkeleton(string category, string clause, Severity severity, int start, int end, string messageKey)
    {
        var (fs, fl) = Skeleton.ToFolded(start, end);
        Add(category, clause, severity, fs, fl, messageKey);
    }

    /// <summary>
    /// A finding of list entry <paramref name="entry"/> for skeleton range [start, end): <see cref="AddSkeleton"/> with
    /// what the entry worked out once. A swear word or slur aimed at a person adds a bullying finding too (5.5,
    /// <see cref="Detectors.AimedInsult"/>).
    /// </summary>
    public void AddEntry(Matching.PhraseEntry entry, int start, int end)
    {
        if ((entry.Contexts & (1 << (int)Context)) == 0)
        {
            return;
        }

        var (fs, fl) = Skeleton.ToFolded(start, end);
        NoteContact(entry.Category, entry.MessageKey);
        AddFolded(entry.Category, entry.Clause, entry.Severity, fs, fl, (ForPupil ? entry.PupilMessage : entry.AdultMessage) ?? Messages.For(entry.MessageKey, ForPupil));
        Detectors.AimedInsult.Check(this, entry.Category, start, end);
    }

    /// <summary>The token at skeleton [start, end) with runs expanded, e.g. "fuuck" for "fuuuck" when runs say so.</summary>
    public string TokenText(int start, int end) => new(Skeleton.Chars, start, end - start);
}
