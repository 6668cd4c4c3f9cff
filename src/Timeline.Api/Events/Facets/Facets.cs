using System.ComponentModel.DataAnnotations;
using Timeline.Api.Infrastructure.OpenApi;
using Timeline.Extraction.Model;

namespace Timeline.Api.Events.Facets;

/// <summary>Counts over the events that match the filters: the shape of a story before reading it.</summary>
/// <param name="Total">How many events match.</param>
/// <param name="Undated">How many of them have no date (they are in no year or month).</param>
/// <param name="Types">Events per type, most frequent first.</param>
/// <param name="Years">Dated events per year (any precision), oldest first.</param>
/// <param name="Months">Events dated to a day or a month, per month, oldest first (events known only to the year are in no month).</param>
/// <param name="Actors">The actors taking part in the most events, with how many.</param>
/// <param name="Publishers">The publishers reporting the most events, with how many (an event counts once per publisher).</param>
public sealed record EventFacets(
    int Total,
    int Undated,
    IReadOnlyList<TypeCount> Types,
    IReadOnlyList<PeriodCount> Years,
    IReadOnlyList<PeriodCount> Months,
    IReadOnlyList<ActorCount> Actors,
    IReadOnlyList<PublisherCount> Publishers);

/// <summary>How many events have this type.</summary>
/// <param name="Type">The event type.</param>
/// <param name="Count">Number of events.</param>
public sealed record TypeCount([property: WireEnum(typeof(EventType))] string Type, int Count);

/// <summary>How many events fall in a year (YYYY) or a month (YYYY-MM).</summary>
/// <param name="Period">YYYY or YYYY-MM; usable as from= and to=.</param>
/// <param name="Count">Number of events.</param>
public sealed record PeriodCount([property: RegularExpression(WirePatterns.Date)] string Period, int Count);

/// <summary>How many events an actor takes part in.</summary>
/// <param name="Id">Actor id; usable as actor=.</param>
/// <param name="Name">Canonical name.</param>
/// <param name="Kind">person, country or organization.</param>
/// <param name="Count">Number of events.</param>
public sealed record ActorCount(string Id, string Name, [property: WireEnum(typeof(ActorKind))] string Kind, int Count);

/// <summary>How many events a publisher reports.</summary>
/// <param name="Publisher">The publisher as stored (matching is case-insensitive); usable as publisher=.</param>
/// <param name="Count">Number of events with at least one source from it.</param>
public sealed record PublisherCount(string Publisher, int Count);
