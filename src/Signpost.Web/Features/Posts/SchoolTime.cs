using System.Globalization;

namespace Signpost.Web.Features.Posts;

/// <summary>Dates as the school reads and types them: UK time (Europe/London), stored as UTC.</summary>
public static class SchoolTime
{
    private static readonly TimeZoneInfo Zone = Find();

    public static DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>A local time typed into a form (datetime-local) as UTC; a time skipped by the clocks going forward moves on an hour.</summary>
    public static DateTime ToUtc(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(unspecified))
        {
            unspecified = unspecified.AddHours(1);
        }

        return TimeZoneInfo.ConvertTimeToUtc(unspecified, Zone);
    }

    public static string Show(DateTime utc) => ToLocal(utc).ToString("d MMMM yyyy 'at' HH:mm", CultureInfo.GetCultureInfo("en-GB"));

    public static string Day(DateTime utc) => ToLocal(utc).ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    private static TimeZoneInfo Find()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
