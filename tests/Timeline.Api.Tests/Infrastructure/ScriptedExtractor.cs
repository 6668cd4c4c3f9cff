using Timeline.Extraction.Model;

namespace Timeline.Api.Tests.Infrastructure;

/// <summary>
/// A test double for merge, race and lifecycle tests, so they check merging rather than extraction quality.
/// Each article line "type|cameo|date|location|actor,actor|title" is one event; other lines are prose.
/// Seed round-trip tests use the real extractor instead.
/// </summary>
public sealed class ScriptedExtractor : IArticleExtractor
{
    private static readonly HashSet<string> Countries = ["china", "united-states", "taiwan", "japan"];

    public const string FirstVersion = "scripted-1";

    /// <summary>Changed by re-extraction tests, with <see cref="Revision"/>, to play an improved extractor.</summary>
    public string Version { get; set; } = FirstVersion;

    /// <summary>How this version reads an event line; null reads it as written.</summary>
    public Func<ExtractedEvent, ExtractedEvent>? Revision { get; set; }

    public void Reset()
    {
        Version = FirstVersion;
        Revision = null;
    }

    public ExtractionResult Extract(ArticleInput input, CancellationToken cancellationToken = default)
    {
        var text = input.Text ?? string.Empty;
        var events = new List<ExtractedEvent>();
        var offset = 0;
        foreach (var line in text.Split('\n'))
        {
            var parts = line.Split('|');
            if (parts.Length == 6 && Enum.TryParse<EventType>(parts[0], ignoreCase: true, out var type))
            {
                EventDate.TryParse(parts[2], out var date);
                var participants = parts[4].Split(',', StringSplitOptions.RemoveEmptyEntries)
                    .Select(id => new EventParticipant(ActorFor(id), null))
                    .ToList();
                events.Add(new ExtractedEvent(
                    type, parts[1].Length == 0 ? null : parts[1], date, parts[5], parts[5], participants,
                    parts[3].Length == 0 ? null : parts[3], ["trade"], [new Evidence(line, offset, offset + line.Length)], 0.8));
            }

            offset += line.Length + 1;
        }

        if (Revision is { } revise)
        {
            events = events.Select(revise).ToList();
        }

        var article = new CleanedArticle(text, input.Title, input.Publisher, input.PublishedAt, input.Language ?? "en", []);
        return new ExtractionResult(article, new DocumentDate(null, DocumentDateRule.None), events);
    }

    public static Actor ActorFor(string id)
    {
        var name = string.Join(' ', id.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
        return Countries.Contains(id)
            ? new Actor(id, name, ActorKind.Country, name, [], [])
            : new Actor(id, name, ActorKind.Person, null, [], []);
    }
}
