namespace Signpost.Checking.Detectors;

/// <summary>
/// One kind of thing the checker looks for. A detector reads <see cref="CheckInput"/> and adds findings;
/// it never decides the action (see <see cref="ActionPolicy"/>). Implementations are stateless and
/// thread-safe: all compiled state lives in static readonly fields or the shared model.
/// </summary>
internal interface IDetector
{
    void Detect(CheckInput input);
}
