using Timeline.Api.Infrastructure;
using Timeline.Data;
using Timeline.Data.Editing;

namespace Timeline.Api.Events.Editing;

/// <summary>An editor's change as HTTP: the event as it is now with its ETag, or the problem.</summary>
public static class EditingResults
{
    public static async Task<IResult> AnswerAsync(EditOutcome outcome, TimelineDbContext db, CancellationToken cancellationToken, bool created = false)
    {
        switch (outcome.Status)
        {
            case EditStatus.Done:
                var id = outcome.EventId;
                var rows = await EventJson.ReadAsync(db, db.Events.Where(e => e.Id == id), cancellationToken);
                return new EventJsonResult(rows[0])
                {
                    StatusCode = created ? StatusCodes.Status201Created : StatusCodes.Status200OK,
                    Location = created ? $"/api/v1/events/{id}" : null,
                };
            case EditStatus.NotFound:
                return Problems.Status(StatusCodes.Status404NotFound, "Event not found", outcome.Detail!);
            case EditStatus.Stale:
                return Problems.Status(StatusCodes.Status412PreconditionFailed, "The event changed meanwhile", outcome.Detail!);
            case EditStatus.Conflict:
                return Problems.Status(StatusCodes.Status409Conflict, "Conflict", outcome.Detail!);
            default:
                return Problems.Invalid(StatusCodes.Status422UnprocessableEntity, outcome.Errors.ToDictionary());
        }
    }
}
