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
    private static readonly HtmlSanitizer Sanitizer = new();

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
        return Sanitizer.Sanitize(writer.ToString());
    }

    /// <summary>The policy the demo school starts with: the fictional Holbrook Primary policy (shared/policy/social-media-policy.txt).</summary>
    public static string DemoPolicy()
    {
        using var stream = typeof(PolicyText).Assembly.GetManifestResourceStream("Signpost.Web.Features.Policy.DemoPolicy.md")
            ?? throw new InvalidOperationException("The demo policy resource is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
