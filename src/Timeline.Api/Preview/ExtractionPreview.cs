using System.ComponentModel.DataAnnotations;
using Timeline.Api.Actors;
using Timeline.Api.Events;
using Timeline.Api.Infrastructure.OpenApi;
using Timeline.Extraction.Model;

namespace Timeline.Api.Preview;

/// <summary>What the service would extract from an article, without storing anything.</summary>
/// <param name="Article">The article after cleaning: the text evidence offsets point into, and its metadata.</param>
/// <param name="DocumentDate">The date the article speaks from (the anchor for "on Thursday"), and the rule that found it.</param>
/// <param name="Events">The events found, each with its evidence; several mentions of one event are already one event.</param>
/// <param name="Actors">Every actor taking part in an event, with how many of the events.</param>
public sealed record ExtractionPreview(
    PreviewArticle Article,
    PreviewDocumentDate DocumentDate,
    IReadOnlyList<PreviewEvent> Events,
    IReadOnlyList<PreviewActor> Actors);

/// <summary>The cleaned article.</summary>
/// <param name="Title">The headline (given, or found in the page).</param>
/// <param name="Publisher">The publisher (given, or found in the page).</param>
/// <param name="PublishedAt">The publication date (given, or found in the page), YYYY-MM-DD.</param>
/// <param name="Language">BCP 47 language tag.</param>
/// <param name="Text">The story text after cleaning (page furniture and captions set apart); evidence offsets point into it.</param>
/// <param name="Captions">Where image captions stand in the text; events are not read from them.</param>
public sealed record PreviewArticle(
    string? Title,
    string? Publisher,
    [property: RegularExpression(WirePatterns.Day)] string? PublishedAt,
    string Language,
    string Text,
    IReadOnlyList<PreviewSpan> Captions);

/// <summary>A [start, end) range of characters of the cleaned text.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset just past the last character.</param>
public sealed record PreviewSpan(int Start, int End);

/// <summary>The date the article speaks from.</summary>
/// <param name="Date">YYYY-MM-DD, YYYY-MM or YYYY; null when nothing dates the article (relative dates then stay unresolved).</param>
/// <param name="DatePrecision">day, month or year; null with the date.</param>
/// <param name="Rule">What set it: the given publishedAt, the page's metadata, the text's dateline, the latest date the text mentions, a known reference event, a weekday that fits one year only, or none.</param>
/// <param name="Dateline">Where the text's own dateline stands, if it has one (it anchors the article but dates no event).</param>
public sealed record PreviewDocumentDate(
    [property: RegularExpression(WirePatterns.Date)] string? Date,
    [property: WireEnum(typeof(DatePrecision))] string? DatePrecision,
    [property: WireEnum(typeof(DocumentDateRule))] string Rule,
    PreviewSpan? Dateline);

/// <summary>One event as this article reports it.</summary>
/// <param name="Type">The event type.</param>
/// <param name="CameoCode">The CAMEO event code, null when CAMEO has none.</param>
/// <param name="Date">YYYY-MM-DD, YYYY-MM or YYYY, resolved against the document date; null when undated.</param>
/// <param name="DatePrecision">day, month or year; null with the date.</param>
/// <param name="Title">A one-line description.</param>
/// <param name="Summary">A short summary.</param>
/// <param name="Participants">People, countries and organizations taking part, with their titles at the time.</param>
/// <param name="Location">Where it happened, if stated.</param>
/// <param name="Topics">Subjects such as trade.</param>
/// <param name="Evidence">The sentences stating the event, with offsets into the cleaned text.</param>
/// <param name="Confidence">0–1, how sure the extraction is.</param>
/// <param name="Provenance">Where values not read from the article came from, such as the people of a widely reported
/// event the text left unnamed ("participants donald-trump, xi-jinping: known event 2025-10-30-trump-xi-busan-meeting");
/// empty when everything was read from the text.</param>
public sealed record PreviewEvent(
    [property: WireEnum(typeof(EventType))] string Type,
    string? CameoCode,
    [property: RegularExpression(WirePatterns.Date)] string? Date,
    [property: WireEnum(typeof(DatePrecision))] string? DatePrecision,
    string Title,
    string Summary,
    IReadOnlyList<ParticipantResponse> Participants,
    string? Location,
    IReadOnlyList<string> Topics,
    IReadOnlyList<EvidenceSpanResponse> Evidence,
    double Confidence,
    IReadOnlyList<string> Provenance);

/// <summary>An actor taking part in the previewed events.</summary>
/// <param name="Id">Actor id (slug); usable as actor= on the timeline.</param>
/// <param name="Name">Canonical name.</param>
/// <param name="Kind">person, country or organization.</param>
/// <param name="Country">The country it belongs to or acts for.</param>
/// <param name="EventCount">How many of the previewed events it takes part in.</param>
public sealed record PreviewActor(string Id, string Name, [property: WireEnum(typeof(ActorKind))] string Kind, string? Country, int EventCount);
