using Timeline.Api.Events;
using Timeline.Extraction.Model;

namespace Timeline.Api.Preview;

/// <summary>Turns the extraction library's result into the preview's wire shape.</summary>
public static class PreviewMapping
{
    public static ExtractionPreview ToPreview(ExtractionResult result)
    {
        var article = result.Article;
        var document = result.DocumentDate;
        var events = result.Events.Select(ToEvent).ToList();
        var actors = result.Events
            .SelectMany(e => e.Participants.Select(p => p.Actor).DistinctBy(a => a.Id))
            .GroupBy(a => a.Id)
            .Select(g => (Actor: g.First(), Count: g.Count()))
            .OrderByDescending(a => a.Count).ThenBy(a => a.Actor.Id, StringComparer.Ordinal)
            .Select(a => new PreviewActor(a.Actor.Id, a.Actor.Name, EventTypes.ToApi(a.Actor.Kind), a.Actor.Country, a.Count))
            .ToList();
        return new ExtractionPreview(
            new PreviewArticle(
                article.Title,
                article.Publisher,
                WireDate.Format(article.PublishedAt, "day"),
                article.Language,
                article.Text,
                article.Captions.Select(c => new PreviewSpan(c.Start, c.End)).ToList()),
            new PreviewDocumentDate(
                document.Date?.ToString(),
                document.Date is { } date ? EventTypes.ToApi(date.Precision) : null,
                EventTypes.ToApi(document.Rule),
                document.Dateline is { } dateline ? new PreviewSpan(dateline.Start, dateline.End) : null),
            events,
            actors);
    }

    private static PreviewEvent ToEvent(ExtractedEvent e) => new(
        EventTypes.ToApi(e.Type),
        e.CameoCode,
        e.Date?.ToString(),
        e.Date is { } date ? EventTypes.ToApi(date.Precision) : null,
        e.Title,
        e.Summary,
        e.Participants
            .OrderBy(p => p.Actor.Kind switch { ActorKind.Person => 0, ActorKind.Organization => 1, _ => 2 })
            .ThenBy(p => p.Actor.Id, StringComparer.Ordinal)
            .Select(p => new ParticipantResponse(p.Actor.Id, p.Actor.Name, EventTypes.ToApi(p.Actor.Kind), p.Role, p.Actor.Country))
            .ToList(),
        e.Location,
        e.Topics,
        e.Evidence.Select(x => new EvidenceSpanResponse(x.Text, x.Start, x.End)).ToList(),
        e.Confidence,
        e.Provenance);
}
