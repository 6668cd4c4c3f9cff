using System.Text.Json;
using Timeline.Core.Corrections;
using Timeline.Data.Editing;

namespace Timeline.Api.Events.Editing;

/// <summary>What an added event needs beyond a correction: a type, a title and a citation.</summary>
public static class AddedEvent
{
    public static void RequireFields(EventValues values, Dictionary<string, string[]> errors)
    {
        if (values.Type is null && !errors.ContainsKey(EventFields.Type))
        {
            errors[EventFields.Type] = ["Required: the event's type."];
        }

        if (values.Title is null && !errors.ContainsKey(EventFields.Title))
        {
            errors[EventFields.Title] = ["Required: a one-line description."];
        }
    }

    /// <summary>The citation member: {articleId, start, end[, quote]} or {url, quote}.</summary>
    public static CitationInput? Citation(JsonElement body, Dictionary<string, string[]> errors)
    {
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("citation", out var citation) || citation.ValueKind != JsonValueKind.Object)
        {
            errors["citation"] = ["Required: {\"articleId\", \"start\", \"end\"} for a sentence of a stored article, or {\"url\", \"quote\"}."];
            return null;
        }

        Guid? articleId = citation.TryGetProperty("articleId", out var a) && a.ValueKind != JsonValueKind.Null
            ? (a.TryGetGuid(out var g) ? g : Fail(errors, "citation.articleId", "Must be an article id."))
            : null;
        int? start = Int(citation, "start");
        int? end = Int(citation, "end");
        var url = citation.TryGetProperty("url", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString()!.Trim() : null;
        var quote = citation.TryGetProperty("quote", out var q) && q.ValueKind == JsonValueKind.String ? q.GetString()!.Trim() : null;
        if (articleId is not null)
        {
            if (start is null || end is null)
            {
                errors["citation.start"] = ["With articleId, give start and end: the sentence's offsets in the article's text."];
            }
        }
        else if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var address) || address.Scheme is not ("http" or "https") || url.Length > 2000)
        {
            errors["citation.url"] = ["Give articleId (a stored article) or an absolute http(s) url."];
        }
        else if (string.IsNullOrEmpty(quote) || quote.Length > CorrectionReader.MaxText)
        {
            errors["citation.quote"] = [$"With a url, quote the sentence that states the event (1–{CorrectionReader.MaxText} characters)."];
        }

        return errors.Count == 0 ? new CitationInput(articleId, start, end, url, quote) : null;
    }

    private static int? Int(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : null;

    private static Guid? Fail(Dictionary<string, string[]> errors, string field, string message)
    {
        errors[field] = [message];
        return null;
    }
}
