using Ganss.Xss;
using Markdig;

namespace Signpost.Web.Features.Policy;

/// <summary>
/// Turns a policy version's Markdown into HTML that is safe to show: raw HTML in the Markdown is not passed through,
/// and the result is sanitised again, so a pasted script or event handler can never run (defence in depth).
/// </summary>
public static class PolicyText
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().UseAutoIdentifiers().UsePipeTables().UseEmphasisExtras().Build();
    private static readonly HtmlSanitizer Sanitizer = new();

    public static string ToSafeHtml(string markdown) => Sanitizer.Sanitize(Markdown.ToHtml(markdown, Pipeline));

    /// <summary>The policy the demo school starts with: the fictional Holbrook Primary policy (shared/policy/social-media-policy.txt).</summary>
    public static string DemoPolicy()
    {
        using var stream = typeof(PolicyText).Assembly.GetManifestResourceStream("Signpost.Web.Features.Policy.DemoPolicy.md")
            ?? throw new InvalidOperationException("The demo policy resource is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
