using System.Text;
using System.Xml;
using Microsoft.EntityFrameworkCore;
using Timeline.Data;

namespace Timeline.Api.Events.Exports;

/// <summary>
/// RFC 4287 Atom feed of the events that were added, gained a source or were changed most recently, newest first: an
/// event's updated time is the latest ingestion or change of one of its source articles or the latest entry of its
/// history (an editor's correction is an update), published the earliest.
/// </summary>
public static class AtomFeed
{
    public const string Namespace = "http://www.w3.org/2005/Atom";

    public sealed record Links(string Self, string Alternate, string EventBase);

    public static async Task WriteAsync(Stream body, TimelineDbContext db, FeedQuery query, Links links, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var keys = await EventQuery.Filter(db.Events.AsNoTracking(), query.Filter)
            .Select(e => new
            {
                e.Id,
                Sourced = e.Sources.Max(s => (DateTimeOffset?)s.Article.UpdatedAt),
                Changed = db.History.Where(h => h.EventId == e.Id).Max(h => (DateTimeOffset?)h.At),
                First = e.Sources.Min(s => (DateTimeOffset?)s.Article.IngestedAt),
                Created = db.History.Where(h => h.EventId == e.Id).Min(h => (DateTimeOffset?)h.At),
            })
            .Select(e => new
            {
                e.Id,
                Updated = e.Changed == null || (e.Sourced != null && e.Sourced > e.Changed) ? e.Sourced : e.Changed,
                Published = e.First ?? e.Created,
            })
            .Where(e => e.Updated != null)
            .OrderByDescending(e => e.Updated).ThenByDescending(e => e.Id)
            .Take(query.Limit)
            .ToListAsync(cancellationToken);
        var ids = keys.Select(k => k.Id).ToList();
        var events = (await EventReader.ReadAsync(db, db.Events.Where(e => ids.Contains(e.Id)), cancellationToken)).ToDictionary(e => e.Id);

        var settings = new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false), Indent = true };
        await using var xml = XmlWriter.Create(body, settings);
        await xml.WriteStartDocumentAsync();
        xml.WriteStartElement("feed", Namespace);
        xml.WriteElementString("id", links.Self);
        xml.WriteElementString("title", "Timeline: US–China events");
        xml.WriteElementString("subtitle", "Events extracted from news articles, newest additions first; every event cites its sources.");
        xml.WriteElementString("updated", Instant(keys.Count > 0 ? keys[0].Updated!.Value : now));
        Link(xml, "self", links.Self, "application/atom+xml");
        Link(xml, "alternate", links.Alternate, "text/html");
        xml.WriteStartElement("author");
        xml.WriteElementString("name", "Timeline");
        xml.WriteEndElement();
        xml.WriteElementString("generator", "Timeline");
        foreach (var key in keys)
        {
            if (events.TryGetValue(key.Id, out var e))
            {
                Entry(xml, e, key.Updated!.Value, key.Published!.Value, links.EventBase);
            }
        }

        xml.WriteEndElement();
        await xml.WriteEndDocumentAsync();
        await xml.FlushAsync();
    }

    private static void Entry(XmlWriter xml, EventResponse e, DateTimeOffset updated, DateTimeOffset published, string eventBase)
    {
        xml.WriteStartElement("entry");
        xml.WriteElementString("id", $"urn:uuid:{e.Id}");
        xml.WriteElementString("title", e.Date is null ? e.Title : $"{e.Date}: {e.Title}");
        xml.WriteElementString("updated", Instant(updated));
        xml.WriteElementString("published", Instant(published));
        Link(xml, "alternate", eventBase + e.Id, "application/json");
        foreach (var url in e.Sources.Select(s => s.Url).Where(EventHtml.IsWebAddress).Distinct())
        {
            Link(xml, "related", url!, "text/html");
        }

        xml.WriteStartElement("category");
        xml.WriteAttributeString("term", e.Type);
        xml.WriteEndElement();
        if (e.Status != "extracted")
        {
            // Corrected, verified or added by an editor: readers of the feed see that the entry was updated by a person.
            xml.WriteStartElement("category");
            xml.WriteAttributeString("term", e.Status);
            xml.WriteAttributeString("scheme", "urn:timeline:status");
            xml.WriteEndElement();
        }
        xml.WriteElementString("summary", e.Summary);
        xml.WriteStartElement("content");
        xml.WriteAttributeString("type", "html");
        xml.WriteString(EventHtml.Describe(e));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link");
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string Instant(DateTimeOffset value) => XmlConvert.ToString(value.ToUniversalTime().UtcDateTime, XmlDateTimeSerializationMode.Utc);
}
