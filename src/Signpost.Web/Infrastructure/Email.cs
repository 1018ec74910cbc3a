using System.ComponentModel.DataAnnotations;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using Signpost.Data;

namespace Signpost.Web.Infrastructure;

/// <summary>Settings under "Email". With no SmtpHost, messages are written as .eml files to the data directory's mail-outbox folder, and the screens say so.</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    /// <summary>SMTP server host name; empty means "write to the outbox folder instead of sending".</summary>
    public string? SmtpHost { get; set; }

    /// <summary>SMTP port (587 for STARTTLS, 465 for TLS, 25 for plain).</summary>
    [Range(1, 65535)]
    public int SmtpPort { get; set; } = 587;

    /// <summary>auto, none, starttls or tls.</summary>
    public string Security { get; set; } = "auto";

    public string? Username { get; set; }
    public string? Password { get; set; }

    /// <summary>The From address of every message.</summary>
    public string From { get; set; } = "signpost@localhost";

    /// <summary>Base address used in links inside messages, e.g. https://signpost.holbrook.example.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>The address links in a message start with: the configured one, else the address of the request being
    /// answered, else nothing (a background job with no address configured writes site-relative links).</summary>
    public string LinkBase(HttpRequest? request) =>
        (PublicBaseUrl ?? (request is null ? "" : $"{request.Scheme}://{request.Host}")).TrimEnd('/');
}

public sealed record EmailMessage(string ToAddress, string ToName, string Subject, string TextBody);

/// <summary>Sends email through MailKit to a real SMTP server. Logs ids and outcomes only, never addresses or content.</summary>
public sealed class EmailSender(IOptions<EmailOptions> options, DatabaseSettings db, ILogger<EmailSender> log)
{
    public bool IsConfigured => !string.IsNullOrWhiteSpace(options.Value.SmtpHost);

    public async Task SendAsync(EmailMessage message, CancellationToken ct = default)
    {
        var o = options.Value;
        var mime = new MimeMessage();
        mime.From.Add(MailboxAddress.Parse(o.From));
        mime.To.Add(new MailboxAddress(message.ToName, message.ToAddress));
        mime.Subject = message.Subject;
        mime.Body = new TextPart("plain") { Text = message.TextBody };

        if (!IsConfigured)
        {
            var dir = Path.Combine(db.DataDirectory, "mail-outbox");
            Directory.CreateDirectory(dir);
            var file = Path.Combine(dir, $"{DateTime.UtcNow:yyyyMMddHHmmssfff}-{mime.MessageId}.eml");
            await mime.WriteToAsync(file, ct);
            log.LogInformation("Email {MessageId} written to the outbox folder (no SMTP server configured)", mime.MessageId);
            return;
        }

        using var client = new SmtpClient();
        var security = o.Security.ToLowerInvariant() switch
        {
            "none" => SecureSocketOptions.None,
            "starttls" => SecureSocketOptions.StartTls,
            "tls" => SecureSocketOptions.SslOnConnect,
            _ => SecureSocketOptions.Auto,
        };
        await client.ConnectAsync(o.SmtpHost!, o.SmtpPort, security, ct);
        if (!string.IsNullOrEmpty(o.Username))
        {
            await client.AuthenticateAsync(o.Username, o.Password ?? "", ct);
        }

        await client.SendAsync(mime, ct);
        await client.DisconnectAsync(true, ct);
        log.LogInformation("Email {MessageId} sent", mime.MessageId);
    }
}
