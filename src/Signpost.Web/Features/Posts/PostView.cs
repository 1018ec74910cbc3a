using Microsoft.EntityFrameworkCore;
using Signpost.Data;
using Signpost.Data.Entities;
using Signpost.Policy.Clauses;

namespace Signpost.Web.Features.Posts;

/// <summary>How people are named beside what they wrote.</summary>
public static class Bylines
{
    /// <summary>Staff by name and position (A.4.8); pupils by first name or pseudonym only (A.5.2); parents and others by first name and last initial.</summary>
    public static string For(PersonKind kind, string firstName, string lastName, string? preferredName, string? position)
    {
        if (kind == PersonKind.Pupil)
        {
            return preferredName ?? firstName;
        }

        if (Person.IsStaffKind(kind))
        {
            return StaffIdentifyThemselves.Byline(firstName, lastName, position);
        }

        return lastName.Length > 0 ? $"{firstName} {char.ToUpperInvariant(lastName[0])}." : firstName;
    }

    public static async Task<Dictionary<Guid, string>> ForAsync(AppDbContext db, IEnumerable<Guid> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        var people = await db.People.AsNoTracking().Where(p => wanted.Contains(p.Id))
            .Select(p => new { p.Id, p.Kind, p.FirstName, p.LastName, p.PreferredName, p.Position }).ToListAsync(ct);
        return people.ToDictionary(p => p.Id, p => For(p.Kind, p.FirstName, p.LastName, p.PreferredName, p.Position));
    }
}

/// <summary>What a person reading a post or a list is told about where it stands, in plain words.</summary>
public static class PostStatusText
{
    public static string For(Post post, DateTime now, bool hasPendingEdit = false) => post switch
    {
        { HiddenForConcern: true } => "Held for the Designated Safeguarding Lead (A.2.3)",
        { Status: PostStatus.Draft } => "Draft: only you can see it",
        { Status: PostStatus.Submitted } => "Waiting for approval by the leadership team (A.3.4)",
        { Status: PostStatus.Held } => "Waiting for a teacher to check it (A.5.3)",
        { Status: PostStatus.Rejected, ByPupil: true } => "Not published",
        { Status: PostStatus.Rejected } => "Sent back to the author",
        { Status: PostStatus.Blocked } => "Blocked (A.5.6)",
        { Status: PostStatus.Published } when post.PublishedAt > now => $"Scheduled for {SchoolTime.Show(post.PublishedAt!.Value)}",
        { Status: PostStatus.Published } when hasPendingEdit => "Published; an edit is waiting for approval (A.3.4)",
        { Status: PostStatus.Published } => "Published",
        _ => post.Status.ToString(),
    };
}
