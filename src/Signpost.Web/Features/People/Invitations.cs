using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Signpost.Data;
using Signpost.Data.Entities;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.People;

/// <summary>
/// Emails a member of staff or a parent a link to choose their password (imported accounts have none). The link is a
/// single-use Identity token that stops working when the password is set or the account changes.
/// </summary>
public sealed class Invitations(AppDbContext db, UserManager<AppUser> users, EmailSender email, IOptions<EmailOptions> options)
{
    public async Task<string> SendAsync(Guid personId, string requestBaseUrl, CancellationToken ct)
    {
        var person = await db.People.SingleOrDefaultAsync(p => p.Id == personId, ct);
        if (person is null || !person.IsActive || person.Kind == PersonKind.Pupil || person.Email is null || person.UserId is null)
        {
            return "That person cannot be sent an invitation: they need a current account and an email address.";
        }

        var user = await users.FindByIdAsync(person.UserId);
        if (user is null)
        {
            return "That person has no account.";
        }

        var school = await db.Schools.Where(s => s.Id == person.SchoolId).Select(s => s.Name).SingleAsync(ct);
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var baseUrl = (options.Value.PublicBaseUrl ?? requestBaseUrl).TrimEnd('/');
        var link = $"{baseUrl}/account/set-password?user={Uri.EscapeDataString(user.Id)}&token={Uri.EscapeDataString(token)}";
        await email.SendAsync(new EmailMessage(person.Email, $"{person.FirstName} {person.LastName}", $"Your {school} Signpost account",
            $"""
            Hello {person.FirstName},

            {school} uses Signpost for its official blogs and social media. Your username is: {user.UserName}

            Choose your password here (the link works once):
            {link}

            Use of Signpost is monitored and recorded (the school's Social Media Policy, 8.1-8.2).
            If you did not expect this email, you can ignore it.
            """), ct);
        db.Audit("invitation.sent", nameof(Person), person.Id.ToString());
        await db.SaveChangesAsync(ct);
        return email.IsConfigured
            ? $"Invitation sent to {person.FirstName} {person.LastName}."
            : $"No email server is configured, so the invitation for {person.FirstName} {person.LastName} was saved in the data folder's mail-outbox instead of being sent.";
    }
}
