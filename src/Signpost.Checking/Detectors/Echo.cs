namespace Signpost.Checking.Detectors;

/// <summary>
/// The antisemitic "echo" (A.5.6): a word in triple brackets, "(((they))) decide what our kids learn", "funny how
/// (((they))) always get the funding" (blind15, blind18), which marks a person or a group as Jewish to single them out.
/// No word list sees it (the brackets are not letters). Read by <see cref="EmojiHate"/>, which runs only where the text has
/// an emoji mark or a "(" (found in the skeleton's own pass, CheckInput.Present): as a detector of its own, asked of every
/// text, it cost the check ~2% (issue 3's speed).
/// </summary>
internal static class Echo
{
    public static void Read(CheckInput input)
    {
        // One char first: most texts have no "(" at all, and a one-char search is far cheaper than a three-char one
        // (which took ~50 ns a comment; issue 3's speed).
        var text = input.FoldedSpan;
        var open = text.IndexOf('(');
        if (open < 0)
        {
            return;
        }

        var found = text[open..].IndexOf("(((", StringComparison.Ordinal);
        var at = found < 0 ? -1 : open + found;
        while (at >= 0)
        {
            // Up to 30 chars of a name or word (spaces too), then ")))".
            var i = at + 3;
            while (i < text.Length && i - at < 34 && text[i] != ')' && text[i] != '(' && text[i] != '\n')
            {
                i++;
            }

            // One word inside ("(((they)))", "((( Soros )))"): "(((very old)))" is a child's brackets.
            var inside = text[(at + 3)..i].Trim(' ');
            if (i + 2 < text.Length && inside.Length > 1 && text[i] == ')' && text[i + 1] == ')' && text[i + 2] == ')'
                && !inside.Contains(' ') && inside.IndexOfAnyInRange('a', 'z') + inside.IndexOfAnyInRange('A', 'Z') > -2)
            {
                input.Add(Categories.ExtremeOffence, "A.5.6", Severity.High, at, i + 3 - at, "hate-speech");
            }

            var next = text[(at + 3)..].IndexOf("(((", StringComparison.Ordinal);
            at = next < 0 ? -1 : at + 3 + next;
        }
    }
}
