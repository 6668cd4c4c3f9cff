using Timeline.Api.Infrastructure.Queries;
using Timeline.Extraction.Model;

namespace Timeline.Api.Events;

/// <summary>
/// The filters shared by every view of the timeline (list, exports, feed, facets), already validated; they combine
/// with AND. <see cref="EventQuery.Filter"/> turns them into SQL.
/// </summary>
public sealed record EventFilter(
    EventDate? From,
    EventDate? To,
    IReadOnlyList<string> Types,
    IReadOnlyList<string> Actors,
    string? Topic,
    string? Q,
    string? Publisher,
    Guid? ArticleId,
    bool IncludeHidden = false)
{
    public static readonly EventFilter None = new(null, null, [], [], null, null, null, null);

    public static readonly DateParameter FromParameter = new("from",
        "Earliest date, inclusive: YYYY-MM-DD, YYYY-MM or YYYY (a month means from its first day), years 1900–2100. An event is included when its date range overlaps [from, to], so an event dated only 2025-05 is included for from=2025-05-20.",
        "2025-05");

    public static readonly DateParameter ToParameter = new("to",
        "Latest date, inclusive: YYYY-MM-DD, YYYY-MM or YYYY (a month means up to its last day), years 1900–2100; not before from. Overlap rule as for from.",
        "2025-06");

    public static readonly ChoiceListParameter TypeParameter = new("type",
        "Event types, comma-separated (any of them).", EventTypes.All, "call,meeting");

    public static readonly TextListParameter ActorParameter = new("actor",
        "Actor id (e.g. wang-yi) or name (e.g. Wang Yi). Repeat (up to 10 times) for events that involve all of them.",
        maxRepeats: 10, maxLength: 200, example: "ma-zhaoxu");

    public static readonly TextParameter TopicParameter = new("topic", "A topic, e.g. trade.", maxLength: 100);

    public static readonly TextParameter QParameter = new("q",
        "Full-text search (English stemming) over event titles, summaries and evidence sentences. Supports \"quoted phrases\", or, and -exclusion.",
        maxLength: 500);

    public static readonly TextParameter PublisherParameter = new("publisher", "Only events reported by this publisher (case-insensitive).", maxLength: 200);

    public static readonly GuidParameter ArticleIdParameter = new("articleId", "Only events that this article is a source of.", "an article id");

    public static readonly ChoiceParameter<bool> IncludeParameter = new("include",
        "hidden: include the events editors hid (needs an editor key in X-Api-Key).",
        new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase) { ["hidden"] = true }, false);

    public static readonly IReadOnlyList<QueryParameter> Parameters =
        [FromParameter, ToParameter, TypeParameter, ActorParameter, TopicParameter, QParameter, PublisherParameter, ArticleIdParameter, IncludeParameter];

    public static EventFilter Read(QueryReader reader)
    {
        var from = reader.Read(FromParameter);
        var to = reader.Read(ToParameter);
        if (from is not null && to is not null && from.Earliest > to.Latest)
        {
            reader.Fail(FromParameter, $"Must not be later than to ({to}).");
        }

        return new EventFilter(
            from,
            to,
            reader.Read(TypeParameter),
            reader.Read(ActorParameter),
            reader.Read(TopicParameter),
            reader.Read(QParameter),
            reader.Read(PublisherParameter),
            reader.Read(ArticleIdParameter),
            reader.Read(IncludeParameter));
    }
}
