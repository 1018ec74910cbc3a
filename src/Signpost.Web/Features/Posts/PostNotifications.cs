using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Signpost.Data;
using Signpost.Data.Entities;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.Posts;

/// <summary>
/// Emails about staff posts: the leadership team when one is submitted for approval (A.3.4), the author when it is
/// decided. Sent only after the change has been saved; the message holds no post text (a link instead), and a mail
/// failure is logged with ids only and never undoes the step.
/// </summary>
public sealed class PostNotifications(AppDbContext db, EmailSender email, IOptions<EmailOptions> options, IHttpContextAccessor http, ILogger<PostNotifications> log)
{
    private static readonly Role[] Approvers = [Role.Headteacher, Role.LeadershipTeam, Role.AssistantHead];

    public async Task SubmittedAsync(Site site, Post post, bool isEdit, CancellationToken ct)
    {
        var subject = isEdit ? $"An edited post to approve on {site.Name}" : $"A post to approve on {site.Name}";
        var body = (isEdit ? "A member of staff has edited a published post." : "A member of staff has written a post.")
            + " It needs the approval of a member of the leadership team who is not its author before readers see it (policy A.3.4).";
        await SendAsync(post, recipients => recipients.Where(p => p.Id != post.AuthorId && p.Roles.Any(r => Approvers.Contains(r.Role))),
            subject, body, "/approvals", ct);
    }

    public async Task DecidedAsync(Site site, Post post, PostDecision step, string? reasons, CancellationToken ct)
    {
        var (subject, body) = step switch
        {
            PostDecision.Published => ($"Your post is published on {site.Name}", "A member of the leadership team approved your post and it is now published (policy A.3.4)."),
            PostDecision.Scheduled => ($"Your post is approved for {site.Name}", $"A member of the leadership team approved your post. Readers will see it from {SchoolTime.Show(post.PublishedAt!.Value)}."),
            PostDecision.SentBack => ($"Your post was sent back: {site.Name}", $"A member of the leadership team sent your post back to you. Their reasons: {reasons}\n\nChange it and submit it again."),
            PostDecision.EditApproved => ($"Your edit is published on {site.Name}", "Your edit was approved and is now live. The earlier version is kept in the post's history (policy 5.6)."),
            _ => ($"Your edit was not approved: {site.Name}", $"The published version stays as it was. The reasons: {reasons}"),
        };
        if (step is PostDecision.Published or PostDecision.Scheduled && !string.IsNullOrWhiteSpace(reasons))
        {
            body += $"\n\nTheir note: {reasons}";
        }

        await SendAsync(post, people => people.Where(p => p.Id == post.AuthorId), subject, body, $"/sites/{site.Slug}/posts/{post.Slug}", ct);
    }

    private async Task SendAsync(Post post, Func<IQueryable<Person>, IQueryable<Person>> who, string subject, string body, string path, CancellationToken ct)
    {
        try
        {
            var people = await who(db.People.AsNoTracking().Where(p => p.IsActive && p.Email != null))
                .Select(p => new { p.Email, p.FirstName, p.LastName }).ToListAsync(ct);
            var baseUrl = options.Value.LinkBase(http.HttpContext?.Request);
            foreach (var p in people)
            {
                await email.SendAsync(new EmailMessage(p.Email!, $"{p.FirstName} {p.LastName}", subject, $"Hello {p.FirstName},\n\n{body}\n\nOpen it: {baseUrl}{path}\n"), ct);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            log.LogWarning("Could not send the notification about post {PostId}: {Error}", post.Id, ex.GetType().Name);
        }
    }
}
