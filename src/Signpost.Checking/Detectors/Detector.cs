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
    public abstract void Detect(CheckInput input);
}
