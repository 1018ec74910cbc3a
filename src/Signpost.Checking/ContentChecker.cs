using Signpost.Checking.Detectors;

namespace Signpost.Checking;

/// <summary>
/// The checker: finds personal data, contact details, pupil names, offensive content, bullying,
/// safeguarding and grooming signs in a text, each finding citing its clause of the policy, and says
/// whether the text can be published (allow), needs a person (hold) or must never be (block).
/// Word lists and matchers are compiled once (shared across instances); a checker is immutable and
/// safe to call from many threads. Build one per school roster and reuse it.
/// </summary>
public sealed class ContentChecker
{
    private static readonly Lazy<ContentChecker> DefaultChecker = new(() => new ContentChecker());

    private static readonly Detector[] Detectors =
    [
        new PhraseListDetector(),
        new CircumstanceDetector(),
        new DisclosureDetector(),
        new DisguisedWordDetector(),
        new PhoneNumberDetector(),
        new PhoneInWordsDetector(),
        new EmailDetector(),
        new PostcodeDetector(),
        new StreetAddressDetector(),
        new SocialHandleDetector(),
        new UrlDetector(),
        new DateOfBirthDetector(),
        new NamedAgeDetector(),
        new NhsNumberDetector(),
        new NationalInsuranceDetector(),
        new UniquePupilNumberDetector(),
        new PupilIdentityDetector(),
        new SelfIntroductionDetector(),
        new SchoolNameDetector(),
        new EmojiHate(),
    ];

    /// <summary>
    /// Run after the others, and only where it can find something: on the school's and a staff member's own posts, and
    /// where the others found something (a clean comment, most of what a school gets, pays nothing for it).
    /// </summary>
    private static readonly ContextReaders LastReaders = new();

    /// <summary>
    /// Per set of needs a text has (<see cref="CheckInput.Present"/>: 12 flags), a bit for each detector to call: those
    /// that need nothing, and those that need any one of them. Testing each of the twenty per check cost ~20 ns (eighteen when measured).
    /// </summary>
    private static readonly uint[] RunMasks = BuildRunMasks();

    /// <summary>How many sets of needs the run masks cover: every <see cref="Needs"/> flag must be below it.</summary>
    internal const int RunMaskSets = (int)Needs.Emoji << 1;

    private static uint[] BuildRunMasks()
    {
        // Needs.Emoji is the highest flag (PhoneStartWordTests checks every flag is below Sets; looking it up here
        // with Enum.GetValues compiled a few generic methods at every start).
        const int Sets = RunMaskSets;
        if (Detectors.Length > 32)
        {
            throw new InvalidOperationException("More detectors or needs than the run masks hold.");
        }

        var masks = new uint[Sets];
        for (var present = 0; present < Sets; present++)
        {
            for (var d = 0; d < Detectors.Length; d++)
            {
                var requires = Detectors[d].Requires;
                if (requires == Needs.Nothing || ((int)requires & present) != 0)
                {
                    masks[present] |= 1u << d;
                }
            }
        }

        return masks;
    }

    /// <summary>The result for a text with nothing found: immutable, so one instance serves every clean check.</summary>
    private static readonly CheckResult Clean = new(CheckAction.Allow, []);

    /// <summary>Texts up to this length reuse the thread's buffers (at most a few hundred KB a thread).</summary>
    private const int PooledMaxChars = 8192;

    [ThreadStatic]
    private static CheckInput? t_input;

    private readonly CheckerModel _model;

    /// <param name="knownPeople">Pupils, staff and parents to recognise by name (A.5.2); none if null.</param>
    /// <param name="school">The school's names, email domains and class names; none if null.</param>
    public ContentChecker(IEnumerable<KnownPerson>? knownPeople = null, SchoolProfile? school = null)
    {
        _model = new CheckerModel(knownPeople ?? [], school ?? SchoolProfile.None);
    }

    /// <summary>A checker over the given shared lists (tests: lists read from Data/lists.bin against lists compiled from the text).</summary>
    internal ContentChecker(CheckerModel.SharedLists lists, IEnumerable<KnownPerson>? knownPeople = null, SchoolProfile? school = null)
    {
        _model = new CheckerModel(knownPeople ?? [], school ?? SchoolProfile.None, lists);
    }

    /// <summary>A shared checker with no roster and no school details.</summary>
    public static ContentChecker Default => DefaultChecker.Value;

    /// <summary>Number of compiled word and phrase list entries (after expanding choices).</summary>
    public static int ListEntryCount => CheckerModel.SharedEntryCount;

    public CheckResult Check(string text, CheckContext context)
    {
        if (string.IsNullOrEmpty(text))
        {
            return Clean;
        }

        var input = InputFor(text.Length);
        input.Reset(text, context, _model);
        return Check(input);
    }

    /// <summary>
    /// <see cref="Check(string, CheckContext)"/> for text given as chars, with the same result: the text is copied into
    /// the thread's buffers and a string of it is made only if a detector needs one (most texts: none). `signpost
    /// check` hands over its lines' texts this way when they are not plain ASCII bytes (issue 3's speed).
    /// </summary>
    public CheckResult Check(ReadOnlySpan<char> text, CheckContext context)
    {
        if (text.IsEmpty)
        {
            return Clean;
        }

        var input = InputFor(text.Length);
        input.Reset(text, context, _model);
        return Check(input);
    }

    /// <summary>
    /// <see cref="Check(string, CheckContext)"/> for text given as UTF-8 bytes, with the result the decoded string gets
    /// (invalid sequences read as U+FFFD, as <see cref="System.Text.Encoding.UTF8"/> decodes them; spans count UTF-16
    /// chars of that string): the bytes are decoded straight into the thread's buffers. `signpost check` passes each
    /// line's text this way, read in place.
    /// </summary>
    public CheckResult CheckUtf8(ReadOnlySpan<byte> utf8, CheckContext context)
    {
        if (utf8.IsEmpty)
        {
            return Clean;
        }

        // A text of up to PooledMaxChars bytes has at most that many chars.
        var input = InputFor(utf8.Length);
        input.ResetUtf8(utf8, context, _model);
        return Check(input);
    }

    /// <summary>
    /// One reusable input per thread: its folding, skeleton and match buffers are not allocated per call. A long
    /// text gets its own, so no thread keeps megabytes of buffers after one large post.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static CheckInput InputFor(int length) => length <= PooledMaxChars ? t_input ??= new CheckInput() : new CheckInput();

    private CheckResult Check(CheckInput input)
    {
        _model.Lists.Match(input.Skeleton, _model, input.ListMatches, _model.Roster, input.RosterMatches);
        foreach (var m in input.ListMatches)
        {
            if (m.Entry.IsAllow)
            {
                input.AllowMatches.Add(m);
                input.AllowMaxLength = Math.Max(input.AllowMaxLength, m.End - m.Start);
            }
        }

        // The detectors this text's needs call for, in their order (one look-up, not a test per detector).
        for (var run = RunMasks[(int)input.Present()]; run != 0; run &= run - 1)
        {
            Run(Detectors[System.Numerics.BitOperations.TrailingZeroCount(run)], input);
        }

        if (input.Findings.Count > 0 || input.Context is CheckContext.StaffPost or CheckContext.PersonalPost || input.HomeCue.Start >= 0)
        {
            Run(LastReaders, input);
        }

        return Result(input);
    }

    /// <summary>
    /// One detector's reading of the input: a regex timeout never escapes it, and a read that timed out twice leaves a
    /// note (<see cref="NoteUnfinished"/>).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static void Run(Detector detector, CheckInput input)
    {
        var before = input.Findings.Count;
        Read(detector, input);
        if (input.ReadUnfinished)
        {
            ReadAgain(detector, input, before);
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static void Read(Detector detector, CheckInput input)
    {
        try
        {
            detector.Detect(input);
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            // A detector's regex call that timed out (most detectors leave it to this catch): its findings so far are
            // kept and the check goes on (RegexSafety). The check must always return.
            input.ReadUnfinished = true;
        }
    }

    /// <summary>
    /// A regex's limit is wall-clock time, so a pause of the process (the machine busy with other work, a garbage
    /// collection) can pass it on a short, harmless text: the detector reads the text once more from the start, its
    /// first findings dropped. A text made to exhaust a regex times out again, and is held as not read in full
    /// (A.4.9 for contact details, or the detector's own clause); the cost is at most one more limit's wait.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void ReadAgain(Detector detector, CheckInput input, int before)
    {
        input.Findings.RemoveRange(before, input.Findings.Count - before);
        input.ReadUnfinished = false;
        Read(detector, input);
        if (input.ReadUnfinished)
        {
            NoteUnfinished(input, detector);
        }
    }

    /// <summary>The result of the findings the detectors added to <paramref name="input"/>.</summary>
    internal static CheckResult Result(CheckInput input)
    {
        if (input.Findings.Count == 0 && input.UnfinishedReads.Count == 0)
        {
            return Clean;
        }

        var findings = FindingMerger.Merge(input.Findings);
        if (input.UnfinishedReads.Count != 0)
        {
            // Not merged with the rest: a finding over the whole text would swallow every other of its category.
            findings = [.. input.UnfinishedFindings(), .. findings];
        }

        return new CheckResult(ActionPolicy.Decide(findings), findings);
    }

    /// <summary>
    /// A detector did not read the text in full (a regex timed out): the text is held for a person with a finding that
    /// says so (issue 3's robustness: a text made to exhaust a regex must not pass unread). One per thing read for, and
    /// none where what it reads for does not apply (a phone number on a member of staff's personal post).
    /// </summary>
    private static void NoteUnfinished(CheckInput input, Detector detector)
    {
        input.ReadUnfinished = false;
        var read = detector.Unfinished ?? new UnfinishedRead(Categories.ContactDetails, "A.4.9", "personal details", "my-contact");
        if (ContextRules.Applies(read.Category, read.Key, input.Context) && !input.UnfinishedReads.Contains(read))
        {
            input.UnfinishedReads.Add(read);
        }
    }
}
