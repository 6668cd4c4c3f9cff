using NpgsqlTypes;

namespace Timeline.Data.Entities;

/// <summary>
/// One real-world event. Its date, location, title and participants are derived from the claims of
/// its <see cref="Sources"/>, so they can be re-derived whenever a source arrives or leaves.
/// </summary>
public sealed class Event
{
    public Guid Id { get; set; }

    /// <summary>meeting, call, talks, ... (API.md).</summary>
    public required string Type { get; set; }

    public string? CameoCode { get; set; }

    public DateOnly? Earliest { get; set; }

    public DateOnly? Latest { get; set; }

    /// <summary>day, month or year; null when undated.</summary>
    public string? Precision { get; set; }

    /// <summary>Earliest, or the far future for undated events, so (SortDate, Id) is a total order for cursors.</summary>
    public DateOnly SortDate { get; set; }

    public required string Title { get; set; }

    public required string Summary { get; set; }

    public string? Location { get; set; }

    public List<string> Topics { get; set; } = [];

    public double Confidence { get; set; }

    /// <summary>The participants' actor ids, copied from <see cref="Participants"/> so actor filters use one GIN index.</summary>
    public List<string> ActorIds { get; set; } = [];

    /// <summary>The sources' publishers, trimmed and lower-cased, so the publisher filter needs no join.</summary>
    public List<string> Publishers { get; set; } = [];

    /// <summary>Title, summary and every source's evidence, so full text needs no join; written with the sources.</summary>
    public NpgsqlTsVector SearchVector { get; set; } = NpgsqlTsVector.Empty;

    /// <summary>Raised by every change, machine or editor; the ETag that If-Match compares.</summary>
    public int Version { get; set; } = 1;

    /// <summary>extracted, or added by an editor.</summary>
    public string Origin { get; set; } = "extracted";

    /// <summary>An editor has acted on the event: it is kept when it loses its last source, and its claims stay pinned.</summary>
    public bool Curated { get; set; }

    /// <summary>Hidden by an editor: left out of the timeline, exports, feeds and facets.</summary>
    public bool Hidden { get; set; }

    public bool Verified { get; set; }

    /// <summary>The editors' values by field (title, date, ...), as the API writes them; they win over every extraction.</summary>
    public string Corrections { get; set; } = "{}";

    /// <summary>The machine's latest values by field, shown beside the editors' values of corrected fields.</summary>
    public string? Machine { get; set; }

    public List<EventParticipant> Participants { get; set; } = [];

    public List<EventCitation> Citations { get; set; } = [];

    public List<EventSource> Sources { get; set; } = [];
}
