using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Signpost.Data;
using Signpost.Data.Entities;

namespace Signpost.Web.Features.Accounts;

/// <summary>
/// Sign-in for pupils aged 4–11, who have no email address: a picture password (three pictures in order) and a
/// printable QR card. Both secrets are kept encrypted rather than hashed so that a teacher can print the class's
/// cards again; the QR token is also stored as a SHA-256 hash to find the pupil without decrypting every row.
/// </summary>
public sealed class PupilLogins(AppDbContext db, IDataProtectionProvider protection, TimeProvider clock)
{
    public static readonly IReadOnlyList<(string Key, string Emoji, string Label)> Pictures =
    [
        ("cat", "🐱", "Cat"), ("dog", "🐶", "Dog"), ("rabbit", "🐰", "Rabbit"),
        ("fish", "🐟", "Fish"), ("apple", "🍎", "Apple"), ("star", "⭐", "Star"),
        ("sun", "🌞", "Sun"), ("tree", "🌳", "Tree"), ("boat", "⛵", "Boat"),
    ];

    public const int PictureCount = 3;

    public IDataProtectionProvider Protection => protection;

    private readonly IDataProtector _picture = protection.CreateProtector("Signpost.PupilPicturePassword.v1");
    private readonly IDataProtector _qr = protection.CreateProtector("Signpost.PupilQrToken.v1");

    public static bool IsValidPicture(string key) => Pictures.Any(p => p.Key == key);

    public static string[] RandomPictures()
    {
        var keys = new string[PictureCount];
        for (var i = 0; i < PictureCount; i++)
        {
            keys[i] = Pictures[RandomNumberGenerator.GetInt32(Pictures.Count)].Key;
        }

        return keys;
    }

    public string ProtectPictures(IEnumerable<string> keys) => _picture.Protect(string.Join(',', keys));

    public string[] RevealPictures(string protectedValue) => _picture.Unprotect(protectedValue).Split(',');

    public bool PicturesMatch(PupilLogin login, IReadOnlyList<string> attempt)
    {
        if (login.PictureHash is null || attempt.Count != PictureCount)
        {
            return false;
        }

        var expected = Encoding.UTF8.GetBytes(_picture.Unprotect(login.PictureHash));
        var given = Encoding.UTF8.GetBytes(string.Join(',', attempt));
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }

    public static string HashToken(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>Gives the pupil a new QR card (the old one stops working) and returns its token.</summary>
    public string IssueQrCard(PupilLogin login)
    {
        var token = Base64UrlToken(24);
        login.QrTokenHash = HashToken(token);
        login.QrIssuedAt = clock.GetUtcNow().UtcDateTime;
        login.QrRevokedAt = null;
        login.QrToken = _qr.Protect(token);
        return token;
    }

    /// <summary>The token of the pupil's current card, for printing it again; null when revoked or never issued.</summary>
    public string? RevealQrToken(PupilLogin login) => login.QrToken is null ? null : _qr.Unprotect(login.QrToken);

    public static string Base64UrlToken(int bytes) =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public void RevokeQrCard(PupilLogin login)
    {
        login.QrTokenHash = null;
        login.QrToken = null;
        login.QrRevokedAt = clock.GetUtcNow().UtcDateTime;
    }

    public async Task<PupilLogin?> FindByQrTokenAsync(string token, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
        {
            return null;
        }

        var hash = HashToken(token);
        return await db.PupilLogins.IgnoreQueryFilters().SingleOrDefaultAsync(l => l.QrTokenHash == hash, ct);
    }
}
