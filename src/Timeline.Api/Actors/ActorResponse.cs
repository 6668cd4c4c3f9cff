using Timeline.Api.Infrastructure.OpenApi;
using Timeline.Extraction.Model;

namespace Timeline.Api.Actors;

/// <summary>A person, country or organization on the timeline.</summary>
/// <param name="Id">Stable slug, e.g. "wang-yi"; use it in /api/v1/events?actor=.</param>
/// <param name="Name">Canonical name.</param>
/// <param name="Kind">person, country or organization.</param>
/// <param name="Country">The country the actor belongs to or acts for.</param>
/// <param name="Aliases">Other names and spellings it is recognized by.</param>
/// <param name="EventCount">Number of stored events it takes part in.</param>
public sealed record ActorResponse(string Id, string Name, [property: WireEnum(typeof(ActorKind))] string Kind, string? Country, IReadOnlyList<string> Aliases, int EventCount);
