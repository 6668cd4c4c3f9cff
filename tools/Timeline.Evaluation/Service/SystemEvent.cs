namespace Timeline.Evaluation.Service;

/// <summary>The Event shape of shared/API.md, reduced to what scoring and reports read.</summary>
public sealed record SystemEvent(
    string Id,
    string? Date,
    string? DatePrecision,
    string? Type,
    string? Title,
    IReadOnlyList<SystemParticipant>? Participants,
    string? Location,
    IReadOnlyList<SystemSource>? Sources)
{
    public IEnumerable<string> ParticipantNames => (Participants ?? []).Select(p => p.Name ?? "");
}

public sealed record SystemParticipant(string? Id, string? Name, string? Kind);

public sealed record SystemSource(string? ArticleId, string? Url, string? Evidence);

/// <summary>The stored article as POST and GET /api/v1/articles answer it.</summary>
public sealed record ArticleResponse(string Id, IReadOnlyList<SystemEvent>? Events);
