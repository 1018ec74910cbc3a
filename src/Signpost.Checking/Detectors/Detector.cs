namespace Signpost.Checking.Detectors;

/// <summary>
/// One kind of thing the checker looks for. A detector reads <see cref="CheckInput"/> and adds findings;
/// it never decides the action (see <see cref="ActionPolicy"/>). Implementations are stateless and
/// thread-safe: all compiled state lives in static readonly fields or the shared model. An abstract class
/// rather than an interface: the checker calls eighteen detectors from one call site, and a virtual call
/// costs a table look-up where an interface call there went through the runtime's slow resolve stub.
/// </summary>
internal abstract class Detector
{
    /// <param name="needs">What a text must have for this detector to find anything at all (see <see cref="Needs"/>).</param>
    protected Detector(Needs needs = Needs.Nothing)
    {
        Requires = needs;
    }

    /// <summary>
    /// What a text must have for <see cref="Detect"/> to find anything: the checker skips the call for a text without
    /// it (most texts have no digits and no list hits: nine calls saved a clean comment; issue 3's speed). Each value
    /// states what the detector's own first test returns on, so skipping it changes no result.
    /// </summary>
    public Needs Requires { get; }

    public abstract void Detect(CheckInput input);
}

[Flags]
internal enum Needs
{
    Nothing = 0,

    /// <summary>At least one ASCII digit in the folded text (<see cref="CheckInput.DigitCount"/> &gt; 0).</summary>
    Digits = 1,

    /// <summary>At least one hit of the word and phrase lists.</summary>
    ListHits = 2,

    /// <summary>At least one hit of the roster's names.</summary>
    RosterHits = 4,
}
