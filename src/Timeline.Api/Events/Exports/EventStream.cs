using System.Runtime.CompilerServices;
using Timeline.Data;

namespace Timeline.Api.Events.Exports;

/// <summary>Every event matching a filter in timeline order, read a page at a time so an export of any size stays in bounded memory.</summary>
public static class EventStream
{
    public const int BatchSize = 500;

    public static async IAsyncEnumerable<EventResponse> ReadAsync(
        TimelineDbContext db, EventFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        EventCursor? after = null;
        while (true)
        {
            var query = EventQuery.Page(EventQuery.Filter(db.Events, filter), filter, descending: false, after, BatchSize);
            var page = await EventReader.ReadAsync(db, query, cancellationToken);
            foreach (var item in page)
            {
                yield return item;
            }

            if (page.Count < BatchSize)
            {
                yield break;
            }

            after = EventCursor.After(page[^1]);
        }
    }
}
