using Signpost.Web.Features.Policy;

namespace Signpost.IntegrationTests.Features;

/// <summary>
/// Issue 7: the one place users' markup is shown as HTML — the Headteacher's policy versions, written in Markdown (2.1)
/// — goes through HtmlSanitizer with an allow-list: what Markdown makes for a policy survives, nothing else does.
/// </summary>
public sealed class PolicyTextTests
{
    [Fact]
    public void The_allow_list_keeps_text_structure_and_web_links_and_drops_everything_else()
    {
        var html = PolicyText.Sanitize(
            "<form action=\"https://x.example\"><input name=\"a\"><button>go</button></form><iframe src=\"https://x.example\"></iframe>"
            + "<img src=\"https://x.example/pixel.png\" alt=\"\"><svg><circle r=\"1\"/></svg><style>p{color:red}</style>"
            + "<p style=\"color:red\" onclick=\"steal()\" class=\"c\" data-x=\"1\">kept</p>"
            + "<a href=\"https://ok.example/\" target=\"_blank\" onmouseover=\"steal()\">web</a><a href=\"mailto:office@holbrook.example\">mail</a>"
            + "<a href=\"javascript:steal()\">js</a><a href=\"data:text/html,x\">data</a><a href=\"vbscript:x\">vb</a>");
        Assert.Equal(
            "<p>kept</p><a href=\"https://ok.example/\">web</a><a href=\"mailto:office@holbrook.example\">mail</a><a>js</a><a>data</a><a>vb</a>",
            html);
    }

    [Fact]
    public void Markdown_becomes_its_structure_without_raw_html_images_or_styles()
    {
        var html = PolicyText.ToSafeHtml(
            "# Policy\n\n## Scope\n\n- one *two* **three**\n\n| a | b |\n|--:|:-:|\n| 1 | 2 |\n\n"
            + "![pixel](https://x.example/pixel.png) [site](https://ok.example) [bad](javascript:alert(1)) <script>alert(1)</script>");
        Assert.Contains("<h2 id=\"policy\">Policy</h2>", html);
        Assert.Contains("<h3 id=\"scope\">Scope</h3>", html);
        Assert.Contains("<li>one <em>two</em> <strong>three</strong></li>", html);
        Assert.Contains("<td>1</td>", html);
        Assert.Contains("<a href=\"https://ok.example\">site</a>", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("style=", html);
        Assert.DoesNotContain("javascript:", html);
        Assert.DoesNotContain("<script", html);
        Assert.Contains("&lt;script&gt;", html); // raw HTML in the Markdown is shown as text
    }
}
