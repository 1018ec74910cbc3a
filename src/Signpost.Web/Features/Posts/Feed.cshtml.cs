using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Data;
using Signpost.Data.Entities;

namespace Signpost.Web.Features.Posts;

/// <summary>
/// The Atom feed (RFC 4287) of a public site: its latest published, visible posts, as plain escaped text. Sites that are
/// not public have no feed (403): a feed reader cannot sign in, and pupils' sites are never public (A.5.2).
/// </summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Signpost.Web.Infrastructure.PublicPageCache.Policy)] // anonymous copies only
public sealed class FeedModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public const int Entries = 20;

    public async Task<IActionResult> OnGetAsync(string slug)
    {
        var ct = HttpContext.RequestAborted;
        var site = await db.Sites.AsNoTracking().SingleOrDefaultAsync(s => s.Slug == slug, ct);
        if (site is null)
        {
            return NotFound();
        }

        if (site.Deleted)
        {
            return StatusCode(StatusCodes.Status410Gone);
        }

        if (site.Privacy != SitePrivacy.Public)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var publicSites = db.Sites.Where(s => s.Privacy == SitePrivacy.Public);
        var posts = await PostVisibility.Readable(db.Posts.AsNoTracking().Where(p => p.SiteId == site.Id), publicSites, now)
            .OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id).Take(Entries)
            .Select(p => new { p.Id, p.Slug, p.Title, p.Body, p.AuthorId, PublishedAt = p.PublishedAt!.Value, p.UpdatedAt })
            .ToListAsync(ct);
        var names = await Bylines.ForAsync(db, posts.Select(p => p.AuthorId), ct);
        var baseUrl = $"{Request.Scheme}://{Request.Host}";
        var siteUrl = $"{baseUrl}/sites/{site.Slug}";

        var buffer = new MemoryStream();
        using (var x = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            const string Atom = "http://www.w3.org/2005/Atom";
            x.WriteStartDocument();
            x.WriteStartElement("feed", Atom);
            x.WriteElementString("id", Atom, siteUrl);
            x.WriteElementString("title", Atom, site.Name);
            if (!string.IsNullOrWhiteSpace(site.Summary))
            {
                x.WriteElementString("subtitle", Atom, site.Summary);
            }

            x.WriteElementString("updated", Atom, Stamp(posts.Count > 0 ? posts.Max(p => Max(p.PublishedAt, p.UpdatedAt)) : site.LiveAt ?? site.CreatedAt));
            Link(x, siteUrl, "alternate", "text/html");
            Link(x, $"{siteUrl}/feed", "self", "application/atom+xml");
            foreach (var p in posts)
            {
                var url = $"{siteUrl}/posts/{p.Slug}";
                x.WriteStartElement("entry", Atom);
                x.WriteElementString("id", Atom, $"urn:uuid:{p.Id}");
                x.WriteElementString("title", Atom, p.Title);
                Link(x, url, "alternate", "text/html");
                x.WriteElementString("published", Atom, Stamp(p.PublishedAt));
                x.WriteElementString("updated", Atom, Stamp(Max(p.PublishedAt, p.UpdatedAt)));
                x.WriteStartElement("author", Atom);
                x.WriteElementString("name", Atom, names.GetValueOrDefault(p.AuthorId, site.Name));
                x.WriteEndElement();
                x.WriteStartElement("content", Atom);
                x.WriteAttributeString("type", "text");
                x.WriteString(p.Body); // plain text: XmlWriter escapes it; readers never get markup from a post
                x.WriteEndElement();
                x.WriteEndElement();
            }

            x.WriteEndElement();
            x.WriteEndDocument();
        }

        return File(buffer.ToArray(), "application/atom+xml; charset=utf-8");
    }

    private static void Link(XmlWriter x, string href, string rel, string type)
    {
        x.WriteStartElement("link", "http://www.w3.org/2005/Atom");
        x.WriteAttributeString("rel", rel);
        x.WriteAttributeString("type", type);
        x.WriteAttributeString("href", href);
        x.WriteEndElement();
    }

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;

    private static string Stamp(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
