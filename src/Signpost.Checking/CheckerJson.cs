using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Signpost.Checking;

/// <summary>One checker input line (CONTRACT.md): the caller's id (any JSON value, echoed back), the text and where it is going.</summary>
public sealed record CheckRequest(JsonElement Id, string Text, CheckContext Context);

/// <summary>Why an input line could not be checked; <see cref="Id"/> is the line's id when it could still be read.</summary>
public sealed record CheckInputError(JsonElement? Id, string Message);

/// <summary>
/// The checker's JSON Lines format (CONTRACT.md "Checker input and output"), with System.Text.Json only:
/// parse one input line with a clear message for bad input, and write one output object in exactly
/// the contract's shape. A line that cannot be checked is written as action "hold" with no findings and an
/// extra "error" object {"line", "message"}, so a person looks at it and the stream carries on.
/// </summary>
public static class CheckerJson
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64 };

    /// <summary>Writer options for output lines: compact, and only the escaping JSON itself needs (no \u0027 for an apostrophe).</summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static readonly IReadOnlyList<string> ContextNames = ["pupil-comment", "pupil-post", "public-comment", "staff-post", "personal-post"];

    public static bool TryParseLine(string line, out CheckRequest? request, out CheckInputError? error)
    {
        request = null;
        error = null;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line, DocumentOptions);
        }
        catch (JsonException e)
        {
            error = new CheckInputError(null, $"The line is not valid JSON ({FirstSentence(e.Message)}).");
            return false;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                error = new CheckInputError(null, $"Expected a JSON object {{\"id\", \"text\", \"context\"}} but the line is a JSON {root.ValueKind.ToString().ToLowerInvariant()}.");
                return false;
            }

            JsonElement? id = root.TryGetProperty("id", out var idElement) ? idElement.Clone() : null;
            if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
            {
                error = new CheckInputError(id, textElement.ValueKind == JsonValueKind.Undefined
                    ? "The \"text\" field is missing."
                    : $"The \"text\" field must be a string, not a {textElement.ValueKind.ToString().ToLowerInvariant()}.");
                return false;
            }

            if (!root.TryGetProperty("context", out var contextElement) || contextElement.ValueKind != JsonValueKind.String)
            {
                error = new CheckInputError(id, $"The \"context\" field is missing or not a string; use one of: {string.Join(", ", ContextNames)}.");
                return false;
            }

            var contextName = contextElement.GetString()!;
            if (!TryParseContext(contextName, out var context))
            {
                error = new CheckInputError(id, $"Unknown context \"{contextName}\"; use one of: {string.Join(", ", ContextNames)}.");
                return false;
            }

            string text;
            try
            {
                text = textElement.GetString()!;
            }
            catch (InvalidOperationException)
            {
                // System.Text.Json refuses a lone surrogate escape ("\ud800"); a C# string can hold one and the
                // checker copes with it, so read the escapes ourselves rather than refuse the line.
                text = UnescapeLenient(textElement.GetRawText());
            }

            request = new CheckRequest(id ?? NullElement, text, context);
            return true;
        }
    }

    /// <summary>Parses one input line; throws <see cref="FormatException"/> with a plain message if it is not a valid request.</summary>
    public static CheckRequest ParseLine(string line) =>
        TryParseLine(line, out var request, out var error) ? request! : throw new FormatException(error!.Message);

    public static bool TryParseContext(string name, out CheckContext context)
    {
        var wanted = name.Trim().ToLowerInvariant();
        var index = -1;
        for (var i = 0; i < ContextNames.Count && index < 0; i++)
        {
            index = ContextNames[i] == wanted ? i : -1;
        }

        context = index >= 0 ? (CheckContext)index : default;
        return index >= 0;
    }

    public static string ContextName(CheckContext context) => ContextNames[(int)context];

    public static string ActionName(CheckAction action) => action switch
    {
        CheckAction.Allow => "allow",
        CheckAction.Hold => "hold",
        _ => "block",
    };

    public static string SeverityName(Severity severity) => severity switch
    {
        Severity.Low => "low",
        Severity.Medium => "medium",
        _ => "high",
    };

    /// <summary>Writes {"id", "action", "findings": [...]} exactly as CONTRACT.md gives it.</summary>
    public static void WriteResult(Utf8JsonWriter writer, JsonElement? id, CheckResult result)
    {
        writer.WriteStartObject();
        WriteId(writer, id);
        WriteResultFields(writer, result);
        writer.WriteEndObject();
    }

    private static readonly JsonEncodedText ActionProperty = JsonEncodedText.Encode("action");
    private static readonly JsonEncodedText FindingsProperty = JsonEncodedText.Encode("findings");
    private static readonly JsonEncodedText CategoryProperty = JsonEncodedText.Encode("category");
    private static readonly JsonEncodedText ClauseProperty = JsonEncodedText.Encode("clause");
    private static readonly JsonEncodedText SeverityProperty = JsonEncodedText.Encode("severity");
    private static readonly JsonEncodedText StartProperty = JsonEncodedText.Encode("start");
    private static readonly JsonEncodedText LengthProperty = JsonEncodedText.Encode("length");
    private static readonly JsonEncodedText MessageProperty = JsonEncodedText.Encode("message");
    private static readonly JsonEncodedText[] ActionValues = [JsonEncodedText.Encode("allow"), JsonEncodedText.Encode("hold"), JsonEncodedText.Encode("block")];
    private static readonly JsonEncodedText[] SeverityValues = [JsonEncodedText.Encode("low"), JsonEncodedText.Encode("medium"), JsonEncodedText.Encode("high")];

    /// <summary>
    /// Writes the "action" and "findings" properties of an output object whose "id" the caller has just
    /// written (the CLI copies a simple id straight from the input bytes).
    /// </summary>
    public static void WriteResultFields(Utf8JsonWriter writer, CheckResult result)
    {
        writer.WriteString(ActionProperty, ActionValues[(int)result.Action]);
        writer.WriteStartArray(FindingsProperty);
        foreach (var f in result.Findings)
        {
            writer.WriteStartObject();
            writer.WriteString(CategoryProperty, f.Category);
            writer.WriteString(ClauseProperty, f.Clause);
            writer.WriteString(SeverityProperty, SeverityValues[(int)f.Severity]);
            writer.WriteNumber(StartProperty, f.Start);
            writer.WriteNumber(LengthProperty, f.Length);
            writer.WriteString(MessageProperty, f.Message);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes the output for a line that could not be checked: hold, no findings, and "error": {"line", "message"}.</summary>
    public static void WriteError(Utf8JsonWriter writer, CheckInputError error, long? lineNumber)
    {
        writer.WriteStartObject();
        WriteId(writer, error.Id);
        writer.WriteString("action", ActionName(CheckAction.Hold));
        writer.WriteStartArray("findings");
        writer.WriteEndArray();
        writer.WriteStartObject("error");
        if (lineNumber is { } n)
        {
            writer.WriteNumber("line", n);
        }

        writer.WriteString("message", error.Message);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    public static string FormatResult(JsonElement? id, CheckResult result) => Format(w => WriteResult(w, id, result));

    public static string FormatError(CheckInputError error, long? lineNumber) => Format(w => WriteError(w, error, lineNumber));

    private static readonly JsonElement NullElement = JsonDocument.Parse("null").RootElement.Clone();

    private static void WriteId(Utf8JsonWriter writer, JsonElement? id)
    {
        writer.WritePropertyName("id");
        if (id is { } value && value.ValueKind != JsonValueKind.Undefined)
        {
            value.WriteTo(writer);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    private static string Format(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Decodes a raw JSON string literal (quotes included), keeping lone surrogates.</summary>
    internal static string UnescapeLenient(string raw)
    {
        var sb = new StringBuilder(raw.Length);
        for (var i = 1; i < raw.Length - 1; i++)
        {
            var c = raw[i];
            if (c != '\\' || i + 1 >= raw.Length - 1)
            {
                sb.Append(c);
                continue;
            }

            var e = raw[++i];
            switch (e)
            {
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'u' when i + 4 < raw.Length
                    && int.TryParse(raw.AsSpan(i + 1, 4), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var code):
                    sb.Append((char)code);
                    i += 4;
                    break;
                default: sb.Append(e); break;
            }
        }

        return sb.ToString();
    }

    private static string FirstSentence(string message)
    {
        var i = message.IndexOf(". ", StringComparison.Ordinal);
        return (i > 0 ? message[..i] : message).TrimEnd('.');
    }
}
