using Ganss.Xss;
using Markdig;
using Markdig.Syntax;

namespace Signpost.Web.Features.Policy;

/// <summary>
/// Turns a policy version's Markdown into HTML that is safe to show: raw HTML in the Markdown is not passed through,
/// and the result is sanitised again, so a pasted script or event handler can never run (defence in depth).
/// </summary>
public static class PolicyText
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().UseAutoIdentifiers().UsePipeTables().UseEmphasisExtras().Build();
    private static readonly HtmlSanitizer Sanitizer = new(new HtmlSanitizerOptions
    {
        // An allow-list of exactly what the Markdown above can produce for a policy: text structure, lists, links,
        // tables. No images (a tracking pixel in a policy), forms, frames, styles or classes; links are web or mail only.
        AllowedTags = Set("p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "a", "em", "strong", "code", "pre", "blockquote", "hr", "br",
            "table", "thead", "tbody", "tr", "th", "td", "del", "ins", "mark", "sub", "sup"),
        AllowedAttributes = Set("href", "id", "title", "start"),
        UriAttributes = Set("href"),
        AllowedSchemes = Set("http", "https", "mailto"),
        AllowedCssProperties = Set(),
        AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
        AllowedClasses = Set(),
    });

    private static HashSet<string> Set(params string[] items) => new(items, StringComparer.OrdinalIgnoreCase);

    /// <summary>Headings move down a level: the page has its own h1, so the policy's "# Title" becomes an h2 (WCAG 1.3.1).</summary>
    public static string ToSafeHtml(string markdown)
    {
        var doc = Markdown.Parse(markdown, Pipeline);
        foreach (var heading in doc.Descendants<HeadingBlock>())
        {
            heading.Level = Math.Min(6, heading.Level + 1);
        }

        using var writer = new StringWriter();
        var renderer = new Markdig.Renderers.HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(doc);
        writer.Flush();
        return Sanitize(writer.ToString());
    }

    /// <summary>HTML reduced to the policy page's allow-list; anything else (tags, attributes, schemes) is dropped.</summary>
    public static string Sanitize(string html) => Sanitizer.Sanitize(html);

    /// <summary>The policy the demo school starts with: the fictional Holbrook Primary policy (shared/policy/social-media-policy.txt).</summary>
    public static string DemoPolicy()
    {
        using var stream = typeof(PolicyText).Assembly.GetManifestResourceStream("Signpost.Web.Features.Policy.DemoPolicy.md")
            ?? throw new InvalidOperationException("The demo policy resource is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
