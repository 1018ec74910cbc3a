using System.Text.RegularExpressions;

namespace Signpost.Checking.Tests;

/// <summary>
/// A detector's regex called straight from a test keeps the detector's wall-clock limit (<see cref="RegexSafety.TimeoutMs"/>),
/// and on this shared two-core machine a test run can stall past it on any text: one fresh-clone CI run of 2026-12-07
/// timed out on a twelve-piece text while the other test assemblies and PostgreSQL shared the cores. A timeout is tried
/// again, twice; a pattern that backtracks without end times out every time, and the test still fails.
/// </summary>
internal static class RegexRetry
{
    public static T Run<T>(Func<T> call)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return call();
            }
            catch (RegexMatchTimeoutException) when (attempt < 3)
            {
            }
        }
    }
}
