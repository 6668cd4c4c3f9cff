using System.ComponentModel.DataAnnotations;
using Timeline.Api.Infrastructure.OpenApi;
using Timeline.Core.Corrections;
using Timeline.Extraction.Model;

namespace Timeline.Api.Events;

/// <summary>One real-world event, with every article that reports it.</summary>
/// <param name="Id">Stable id; it stays the same while the event keeps at least one source.</param>
/// <param name="Date">YYYY-MM-DD, YYYY-MM or YYYY (see datePrecision); null when no source dates it. The finest date the sources support.</param>
/// <param name="DatePrecision">day, month or year.</param>
/// <param name="Type">meeting, call, talks, agreement, statement, accusation, tariff, export_control, sanction, appointment or other.</param>
/// <param name="CameoCode">The CAMEO event code (e.g. "041" for a phone call), for GDELT/ICEWS-style tools; null when CAMEO has none.</param>
/// <param name="Title">A one-line description.</param>
/// <param name="Summary">A short summary.</param>
/// <param name="Participants">The people, countries and organizations taking part.</param>
/// <param name="Location">Where it happened, if stated.</param>
/// <param name="Topics">Subjects such as trade or technology.</param>
/// <param name="Sources">Every article that reports the event, each with its own evidence.</param>
/// <param name="Claims">What each source claims about date and place, so disagreements stay visible.</param>
/// <param name="SourceCount">Number of articles reporting the event.</param>
/// <param name="PublisherCount">Number of distinct publishers among them: a wire story reprinted on five sites counts once.</param>
/// <param name="Confidence">0–1, how sure the extraction is (the highest over the sources).</param>
/// <param name="Status">extracted (as the machine found it), verified (checked by an editor), corrected (an editor changed a field), added (by an editor) or hidden (editors only, with ?include=hidden).</param>
/// <param name="Corrections">Each field an editor corrected, with the machine's value beside the editor's (which is shown).</param>
/// <param name="Citations">Sources an editor cited: a sentence of a stored article, or a URL with a quote.</param>
/// <param name="Flags">Warnings for editors: "no-source" when no article or citation supports the event any more.</param>
/// <param name="Version">Raised by every change; the ETag is this number in quotes, and PATCH needs it in If-Match.</param>
public sealed record EventResponse(
    Guid Id,
    [property: RegularExpression(WirePatterns.Date)] string? Date,
    [property: WireEnum(typeof(DatePrecision))] string? DatePrecision,
    [property: WireEnum(typeof(EventType))] string Type,
    string? CameoCode,
    string Title,
    string Summary,
    IReadOnlyList<ParticipantResponse> Participants,
    string? Location,
    IReadOnlyList<string> Topics,
    IReadOnlyList<SourceResponse> Sources,
    IReadOnlyList<ClaimResponse> Claims,
    int SourceCount,
    int PublisherCount,
    double Confidence,
    [property: WireEnum(typeof(EventStatus))] string Status,
    IReadOnlyList<CorrectionResponse> Corrections,
    IReadOnlyList<CitationResponse> Citations,
    IReadOnlyList<string> Flags,
    int Version);

/// <summary>A field an editor corrected.</summary>
/// <param name="Field">title, summary, type, date, participants, location or topics.</param>
/// <param name="Machine">What the extraction gives (null when it gives nothing, e.g. for an added event).</param>
/// <param name="Editor">What the editor set, which the event shows.</param>
public sealed record CorrectionResponse(string Field, System.Text.Json.JsonElement? Machine, System.Text.Json.JsonElement? Editor);

/// <summary>A source an editor cited for the event.</summary>
/// <param name="ArticleId">The stored article cited (null for a URL, or once the article was deleted).</param>
/// <param name="Url">The cited address, for a citation by URL.</param>
/// <param name="Quote">The sentence cited.</param>
/// <param name="Start">Offset of the sentence in the stored article's text.</param>
/// <param name="End">Offset just past it.</param>
/// <param name="Editor">The name of the editor key that cited it.</param>
/// <param name="At">When (UTC, ISO 8601).</param>
public sealed record CitationResponse(Guid? ArticleId, string? Url, string Quote, int? Start, int? End, string Editor, string At);

/// <summary>An actor in an event.</summary>
/// <param name="Id">Actor id (slug), e.g. "wang-yi"; see /api/v1/actors.</param>
/// <param name="Name">Canonical name.</param>
/// <param name="Kind">person, country or organization.</param>
/// <param name="Role">The title they held at the time, if known.</param>
/// <param name="Country">The country they belong to or act for.</param>
public sealed record ParticipantResponse(string Id, string Name, [property: WireEnum(typeof(ActorKind))] string Kind, string? Role, string? Country);

/// <summary>An article reporting the event.</summary>
/// <param name="ArticleId">The article's id (see /api/v1/articles/{id}).</param>
/// <param name="Url">The article's address, if known.</param>
/// <param name="Title">Its headline.</param>
/// <param name="Publisher">Its publisher.</param>
/// <param name="PublishedAt">Its publication date (YYYY-MM-DD).</param>
/// <param name="Evidence">The sentence(s) of the article that state the event.</param>
/// <param name="EvidenceSpans">The same passages with [start, end) character offsets into the article's stored text.</param>
public sealed record SourceResponse(
    Guid ArticleId,
    string? Url,
    string? Title,
    string? Publisher,
    [property: RegularExpression(WirePatterns.Day)] string? PublishedAt,
    string Evidence,
    IReadOnlyList<EvidenceSpanResponse> EvidenceSpans);

/// <summary>A passage of an article's text.</summary>
/// <param name="Text">The passage.</param>
/// <param name="Start">Offset of its first character in the article text.</param>
/// <param name="End">Offset just past its last character.</param>
public sealed record EvidenceSpanResponse(string Text, int Start, int End);

/// <summary>What one source says about the event's date and place.</summary>
/// <param name="ArticleId">The source article.</param>
/// <param name="Publisher">Its publisher.</param>
/// <param name="Date">The date this article gives (YYYY-MM-DD, YYYY-MM or YYYY), or null.</param>
/// <param name="DatePrecision">day, month or year.</param>
/// <param name="Location">The place this article gives, or null.</param>
public sealed record ClaimResponse(
    Guid ArticleId,
    string? Publisher,
    [property: RegularExpression(WirePatterns.Date)] string? Date,
    [property: WireEnum(typeof(DatePrecision))] string? DatePrecision,
    string? Location);

/// <summary>One page of events.</summary>
/// <param name="Items">The events, ordered by date then id.</param>
/// <param name="NextCursor">Pass as cursor= to get the next page; null on the last page.</param>
public sealed record EventPage(IReadOnlyList<EventResponse> Items, string? NextCursor);
