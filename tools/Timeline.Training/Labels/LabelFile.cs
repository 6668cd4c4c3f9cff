using System.Text.Json;
using System.Text.Json.Serialization;

namespace Timeline.Training.Labels;

/// <summary>
/// The labels of one annotated article: one entry per candidate the lexicon proposes, located by character offsets
/// into the article's text in ../shared/eval (no text of the article is copied here). See docs/labelling.md.
/// </summary>
public sealed class LabelFile
{
    /// <summary>"dev-new/na_01_....json": the annotated file under the evaluation root.</summary>
    public required string File { get; init; }

    /// <summary>Length of the article text the offsets point into: a changed text is detected, not silently misread.</summary>
    public required int TextLength { get; init; }

    /// <summary>True once a person has read the text and corrected every candidate.</summary>
    public bool Reviewed { get; set; }

    public List<CandidateLabel> Candidates { get; init; } = [];

    /// <summary>Gold events no candidate reports: where the lexicon's recall ends.</summary>
    public List<MissedEvent> Missed { get; init; } = [];
}

/// <summary>
/// One candidate: the trigger at [At[0], At[1]) and what it reports. <see cref="Type"/> is the event type or "none";
/// <see cref="Factuality"/> one of reported, announced, planned, negated, hypothetical, background (null for none);
/// <see cref="Event"/> the gold key of the event it reports, if any; <see cref="Date"/> the date expression that dates
/// it ([start, end]), "article" (the article's own date), or null.
/// </summary>
public sealed class CandidateLabel
{
    public required int[] At { get; init; }

    public required string Word { get; init; }

    /// <summary>The lexicon's class for the phrase (its kind): the default reading, kept for reference.</summary>
    public required string Class { get; init; }

    public required string Type { get; set; }

    public string? Factuality { get; set; }

    public string? Event { get; set; }

    [JsonConverter(typeof(DateLabelConverter))]
    public DateLabel? Date { get; set; }

    public List<ActorLabel> Actors { get; init; } = [];

    /// <summary>True for a candidate added after its file was reviewed (a new lexicon word): its labels are only guesses.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Unreviewed { get; set; }
}

/// <summary>An actor named in the candidate's sentence, with its role: agent, counterpart, target or other.</summary>
public sealed class ActorLabel
{
    public required int[] At { get; init; }

    public required string Id { get; init; }

    public required string Role { get; set; }
}

public sealed class MissedEvent
{
    public required string Event { get; init; }

    public string? Note { get; set; }
}

/// <summary>What dates a candidate: a date expression at [Start, End), or the article's own date.</summary>
public sealed record DateLabel(int Start, int End, bool IsArticle)
{
    public static DateLabel Article { get; } = new(0, 0, true);

    public static DateLabel Expression(int start, int end) => new(start, end, false);
}

/// <summary>Writes a date label as [start, end] or "article".</summary>
public sealed class DateLabelConverter : JsonConverter<DateLabel>
{
    public override DateLabel? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return reader.GetString() == "article" ? DateLabel.Article : throw new JsonException("a date label is [start, end], \"article\" or null");
        }

        var span = JsonSerializer.Deserialize<int[]>(ref reader, options) ?? throw new JsonException("a date label is [start, end]");
        return span.Length == 2 ? DateLabel.Expression(span[0], span[1]) : throw new JsonException("a date label is [start, end]");
    }

    public override void Write(Utf8JsonWriter writer, DateLabel value, JsonSerializerOptions options)
    {
        if (value.IsArticle)
        {
            writer.WriteStringValue("article");
            return;
        }

        writer.WriteStartArray();
        writer.WriteNumberValue(value.Start);
        writer.WriteNumberValue(value.End);
        writer.WriteEndArray();
    }
}
