using System.Text.Json;
using Timeline.Api.Infrastructure;

namespace Timeline.Api.Events.Editing;

/// <summary>Reads the JSON body of an editing request: application/json or application/merge-patch+json, at most 64 KB.</summary>
public static class EditingBody
{
    public const int MaxBytes = 64 * 1024;
    public const string MergePatch = "application/merge-patch+json";

    public static async Task<(JsonElement Body, IResult? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var type = request.ContentType?.Split(';')[0].Trim();
        if (!string.Equals(type, "application/json", StringComparison.OrdinalIgnoreCase)
            && !string.Equals(type, MergePatch, StringComparison.OrdinalIgnoreCase))
        {
            return (default, Problems.Status(StatusCodes.Status415UnsupportedMediaType, "Unsupported content type",
                $"Send the change as application/json or {MergePatch}."));
        }

        if (request.ContentLength > MaxBytes)
        {
            return (default, TooLarge());
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes)
            {
                return (default, TooLarge());
            }
        }

        try
        {
            using var document = JsonDocument.Parse(buffer.ToArray());
            return (document.RootElement.Clone(), null);
        }
        catch (JsonException exception)
        {
            return (default, Problems.Invalid(StatusCodes.Status400BadRequest, "body",
                $"The body is not JSON ({exception.Message.Split('.')[0]})."));
        }
    }

    /// <summary>The If-Match version: null for *, or a problem (428 without the header, 412 for a tag no event has).</summary>
    public static (int? Version, IResult? Problem) IfMatch(HttpRequest request, bool required)
    {
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0)
        {
            return required
                ? (null, Problems.Status(StatusCodes.Status428PreconditionRequired, "If-Match required",
                    "Send the ETag of the event as you read it in If-Match, so a change made meanwhile by someone else is not overwritten."))
                : (null, null);
        }

        if (header == "*")
        {
            return (null, null);
        }

        return header.Length > 2 && header[0] == '"' && header[^1] == '"' && int.TryParse(header[1..^1], out var version)
            ? (version, null)
            : (null, Problems.Status(StatusCodes.Status412PreconditionFailed, "Precondition failed",
                $"If-Match must be the event's ETag, a version in quotes such as \"3\"; '{header}' matches no event."));
    }

    private static IResult TooLarge() => Problems.Status(StatusCodes.Status413PayloadTooLarge, "Body too large",
        $"An editing request's body is at most {MaxBytes} bytes.");
}
