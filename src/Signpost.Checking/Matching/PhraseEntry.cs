namespace Signpost.Checking.Matching;

/// <summary>
/// One compiled entry of a word or phrase list (Data/*.txt): what it means (category, clause,
/// severity, message) and its pattern in skeleton form. <see cref="Runs"/> is set for entries without
/// slots: the least run length of each pattern char, so "ass" needs two s's in the text. A list entry's
/// <see cref="Source"/> is its file's name (one shared string) and <see cref="Line"/> its line there: a string
/// "file:line" per entry was ~0.5 MB kept for error messages only (issue 3, <= 50 MB).
/// </summary>
internal sealed record PhraseEntry(
    string Category,
    string Clause,
    Severity Severity,
    string MessageKey,
    string Pattern,
    byte[]? Runs,
    bool Prefix,
    string Source,
    int Line = 0)
{
    public bool IsAllow => Kind == EntryKind.Allow;

    /// <summary>
    /// What the phrase-list detector does with a hit of this entry, worked out once from <see cref="Category"/>: a hit
    /// was compared with ten category names in turn (each a string comparison), and a text has a few hits (issue 3's speed).
    /// </summary>
    public EntryKind Kind { get; } = KindOf(Category);

    private static EntryKind KindOf(string category) => category switch
    {
        PhraseLists.AllowCategory => EntryKind.Allow,
        Detectors.PhraseListDetector.Circumstance or Detectors.DisclosureDetector.Category => EntryKind.ReadElsewhere,
        Detectors.AimedInsult.CueCategory => EntryKind.InsultCue,
        Detectors.PlatformHandle.CueCategory => EntryKind.HandleCue,
        Detectors.GroupHate.CueCategory => EntryKind.GroupCue,
        Detectors.ConcernForChild.CueCategory => EntryKind.ConcernCue,
        Detectors.HomeDescribed.CueCategory => EntryKind.HomeCue,
        Detectors.NeglectTold.CueCategory => EntryKind.NeglectCue,
        Detectors.ChildToldApproach.CueCategory => EntryKind.ToldCue,
        Detectors.StrangerApproach.CueCategory => EntryKind.ApproachCue,
        _ => EntryKind.Finding,
    };

    /// <summary>
    /// The contexts this entry's findings apply in (<see cref="Detectors.ContextRules.Mask"/>) and its messages, worked
    /// out once: a finding from a list no longer hashes its category and message key (issue 3's speed).
    /// </summary>
    public int Contexts { get; } = Detectors.ContextRules.Mask(Category, MessageKey);

    /// <summary>The entry's two messages, looked up once; null where the key has none (allow-list and marker entries).</summary>
    private readonly (string Adult, string Pupil)? _messages = Messages.Find(MessageKey);

    /// <summary>The message for adults, or null where the key has none.</summary>
    public string? AdultMessage => _messages?.Adult;

    /// <summary>The child-friendly message, or null as <see cref="AdultMessage"/>.</summary>
    public string? PupilMessage => _messages?.Pupil;

    /// <summary>Where the entry comes from, for error messages: "phrases.txt:12", or <see cref="Source"/> alone.</summary>
    public string Where => Line > 0 ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Source}:{Line}") : Source;
}

/// <summary>What a list entry's hit is for (<see cref="PhraseEntry.Kind"/>).</summary>
internal enum EntryKind : byte
{
    /// <summary>A finding of the entry's category.</summary>
    Finding,

    /// <summary>An allow-list entry: hits it overlaps are dropped.</summary>
    Allow,

    /// <summary>Read by another detector (circumstances, disclosure cues), not by the phrase-list detector.</summary>
    ReadElsewhere,
    InsultCue,
    HandleCue,
    GroupCue,

    // The four cues whose first hit a reader decides on, kept together and in this order (PhraseListDetector indexes them).
    ConcernCue,
    HomeCue,
    NeglectCue,
    ToldCue,
    ApproachCue,
}

/// <summary>Special pattern chars for slots: any one word, a capitalised name, a number.</summary>
internal static class Slot
{
    public const char AnyWord = '\u0001';
    public const char Name = '\u0002';
    public const char Number = '\u0003';

    public static bool IsSlot(char c) => c is AnyWord or Name or Number;
}

/// <summary>A hit of an entry on a skeleton: entry plus skeleton range [Start, End).</summary>
internal readonly record struct PhraseMatch(PhraseEntry Entry, int Start, int End);
