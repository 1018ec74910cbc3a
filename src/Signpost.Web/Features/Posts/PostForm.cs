using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Signpost.Web.Features.Posts;

/// <summary>The post form's fields: plain text only.</summary>
public sealed class PostFormInput
{
    [Required(ErrorMessage = "Give the post a title.")]
    [StringLength(PostWorkflow.TitleMax, ErrorMessage = "Keep the title to 200 characters or fewer.")]
    public string? Title { get; set; }

    [Required(ErrorMessage = "Write the text of the post.")]
    [StringLength(PostWorkflow.BodyMax, ErrorMessage = "Keep the text to 20,000 characters or fewer.")]
    public string? Body { get; set; }

    public int? Version { get; set; }

    public PostInput ToInput() => new(Title, Body, Version);
}

public static class PostFormResults
{
    /// <summary>Puts the workflow's refusals or field problems on the form, each against its field when it has one, with its clause.</summary>
    public static void AddErrors(ModelStateDictionary state, PostResult r)
    {
        foreach (var x in r.Refusals ?? [])
        {
            var key = x.Field switch
            {
                null => "",
                "title" => "Input.Title",
                "body" => "Input.Body",
                _ => char.ToUpperInvariant(x.Field[0]) + x.Field[1..],
            };
            state.AddModelError(key, x.Clause.Length == 0 || x.Message.Contains(x.Clause, StringComparison.Ordinal) ? x.Message : $"{x.Message} ({x.Clause})");
        }
    }

    /// <summary>Where the author goes after a successful step.</summary>
    public static IActionResult Done(PageModel page, string slug, Signpost.Data.Entities.Post post, string done) =>
        new RedirectResult($"/sites/{slug}/posts/{post.Slug}?done={done}");
}
