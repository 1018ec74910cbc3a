namespace Signpost.Checking.Detectors;

/// <summary>
/// One kind of thing the checker looks for. A detector reads <see cref="CheckInput"/> and adds findings;
/// it never decides the action (see <see cref="ActionPolicy"/>). Implementations are stateless and
/// thread-safe: all compiled state lives in static readonly fields or the shared model. An abstract class
/// rather than an interface: the checker calls twenty detectors from one call site, and a virtual call
/// costs a table look-up where an interface call there went through the runtime's slow resolve stub.
/// </summary>
internal abstract class Detector
{
    /// <param name="needs">What a text must have for this detector to find anything at all (see <see cref="Needs"/>).</param>
    /// <param name="unfinished">For a detector that runs regexes: what the finding says when one of them times out.</param>
    protected Detector(Needs needs = Needs.Nothing, UnfinishedRead? unfinished = null)
    {
        Requires = needs;
        Unfinished = unfinished;
    }

    /// <summary>
    /// What this detector reads for, as the finding that says a text was not read in full (a regex timed out, see
    /// <see cref="RegexSafety"/>) gives it: that finding holds the text for a person, so a text made to exhaust a
    /// regex cannot slip past the checker (issue 3's robustness). Null for a detector with no regex.
    /// </summary>
    public UnfinishedRead? Unfinished { get; }

    /// <summary>
    /// What a text must have for <see cref="Detect"/> to find anything (any one of these): the checker skips the call
    /// for a text with none of them (most texts have no digits, no list hits, no "@": about ten calls saved a clean
    /// comment; issue 3's speed). Each value states what the detector's own first tests return on, so skipping it
    /// changes no result.
    /// </summary>
    public Needs Requires { get; }

    public abstract void Detect(CheckInput input);

    /// <summary>The first ASCII digit of <paramref name="text"/> at or after <paramref name="from"/>, or -1.</summary>
    protected static int DigitAt(ReadOnlySpan<char> text, int from)
    {
        var at = from < text.Length ? text[from..].IndexOfAnyInRange('0', '9') : -1;
        return at < 0 ? -1 : from + at;
    }

    /// <summary>How many ASCII digits <paramref name="text"/> has.</summary>
    internal static int DigitsIn(ReadOnlySpan<char> text)
    {
        var n = 0;
        for (var i = DigitAt(text, 0); i >= 0; i = DigitAt(text, i + 1))
        {
            n++;
        }

        return n;
    }
}

/// <summary>
/// The category and clause a detector reads for, what it looks for in words ("phone numbers"), and the message key of
/// its main finding, by which <see cref="ContextRules"/> decide whether the read matters in a context at all.
/// </summary>
internal sealed record UnfinishedRead(string Category, string Clause, string What, string Key);

[Flags]
internal enum Needs
{
    Nothing = 0,

    /// <summary>At least one ASCII digit in the folded text (<see cref="CheckInput.DigitCount"/> &gt; 0).</summary>
    Digits = 1 << 0,

    /// <summary>At least one hit of the word and phrase lists.</summary>
    ListHits = 1 << 1,

    /// <summary>At least one hit of the roster's names.</summary>
    RosterHits = 1 << 2,

    /// <summary>An "@" in the folded text.</summary>
    At = 1 << 3,

    /// <summary>
    /// A "." in the folded text (for a text the block skeleton build took: a "." with an ASCII letter or digit on both
    /// sides, which is what <see cref="UrlDetector"/>, the one detector that needs a dot, first looks for).
    /// </summary>
    Dot = 1 << 4,

    /// <summary>The word "dot" (<see cref="CheckInput.Gate.Dot"/>).</summary>
    DotWord = 1 << 5,

    /// <summary>"liv", "address" or "house" (<see cref="CheckInput.Gate.Liv"/> and the others).</summary>
    AddressWords = 1 << 6,

    /// <summary>"born", "birth", "dob" or "d.o.b".</summary>
    BirthWords = 1 << 7,

    /// <summary>"name" or "called".</summary>
    NameWords = 1 << 8,

    /// <summary>A school word with its capital (<see cref="CheckInput.Gate.SchoolWord"/>).</summary>
    SchoolWord = 1 << 9,

    /// <summary>A personal post (<see cref="CheckContext.PersonalPost"/>).</summary>
    PersonalPost = 1 << 10,

    /// <summary>Three or more one-letter tokens, or a "*" or "#" inside a word (<see cref="Normalisation.Skeleton"/>).</summary>
    SpelledOrStarred = 1 << 11,

    /// <summary>
    /// A word a phone number written out can start with ("zero", "oh", "o", "nought", "nil", "four"), found by the list
    /// match (<see cref="Normalisation.Skeleton.HasPhoneStartWord"/>).
    /// </summary>
    PhoneStartWord = 1 << 12,

    /// <summary>An emoji <see cref="EmojiHate"/> reads (<see cref="Normalisation.NormalisedText.Marks"/>).</summary>
    Emoji = 1 << 13,
}
