using System.Text.Json;
using Timeline.Api.Infrastructure;
using Timeline.Api.Infrastructure.Queries;
using Timeline.Core.Corrections;
using Timeline.Data;
using Timeline.Data.Editing;

namespace Timeline.Api.Events.Editing;

/// <summary>
/// Editors correct the timeline: every endpoint needs an editor key (Editing:Keys) in X-Api-Key, answers the event as
/// it now is with its ETag, and appends to the event's history. Errors are problem+json naming the field.
/// </summary>
public static class EditingApi
{
    private static readonly string[] NoExtraMembers = [];

    public static RouteGroupBuilder MapEventEditing(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/events").WithTags("Editing");

        Editing(group.MapPatch("/{id:guid}", CorrectEvent), "CorrectEvent", "Correct an event (JSON Merge Patch)", """
            Sets the fields given (title, summary, type, date, participants, location, topics) to the editor's values,
            which win over every later extraction; the machine's values stay visible beside them (corrections). Needs
            If-Match with the event's ETag (428 without it, 412 when someone changed the event since) and a reason.
            """)
            .DocumentRequestBody<EventPatchRequest>(EditingBody.MergePatch, "application/json")
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        Editing(group.MapPost("/", AddEvent), "AddEvent", "Add an event the extractor missed", """
            Creates an event from the editor's values, citing a stored article and the offsets of its sentence (checked
            against the stored text), or a url with a quote. Answers 201 with the event and its Location.
            """, created: true)
            .DocumentRequestBody<AddEventRequest>();

        Editing(group.MapPost("/{id:guid}/hide", HideEvent), "HideEvent", "Hide an event",
            "Takes the event off the timeline, exports, feeds and facets; editors still see it with ?include=hidden. It stays hidden when new reports of it arrive.")
            .DocumentRequestBody<ReasonRequest>();
        Editing(group.MapPost("/{id:guid}/restore", RestoreEvent), "RestoreEvent", "Restore a hidden event", "Puts a hidden event back on the timeline.")
            .DocumentRequestBody<ReasonRequest>();
        Editing(group.MapPost("/{id:guid}/verify", VerifyEvent), "VerifyEvent", "Mark an event as verified",
            "An editor checked the event against its sources; a later correction clears the mark.")
            .DocumentRequestBody<ReasonRequest>();
        Editing(group.MapPost("/{id:guid}/merge", MergeEvents), "MergeEvents", "Merge another event into this one", """
            Moves every source of the other event into this one, for good: later reports never split them again. The
            other event's id then leads here (GET answers 301). 409 when both events cite the same article.
            """)
            .DocumentRequestBody<MergeRequest>();
        Editing(group.MapPost("/{id:guid}/split", SplitEvent), "SplitEvent", "Split sources out into a new event", """
            Moves the given source articles into a new event (answered with 201 and its Location), for good: later
            reports never merge them back. 409 when that would leave this event without a source.
            """, created: true)
            .DocumentRequestBody<SplitRequest>();

        routes.MapGroup("/api/v1/events").WithTags("Events").WithQueryValidation()
            .MapGet("/{id:guid}/history", GetHistory)
            .WithName("GetEventHistory")
            .WithSummary("An event's history")
            .WithDescription("""
                Every change of the event in order: who (an editor key's name, or null for the machine), when, what
                (each field before and after) and why. The machine's changes are in it too: new sources, refined
                dates, re-extractions. History is append-only. An event merged into this one brings its history along.
                """)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static RouteHandlerBuilder Editing(RouteHandlerBuilder builder, string name, string summary, string description, bool created = false)
    {
        builder.WithName(name).WithSummary(summary).WithDescription(description)
            .Produces<EventResponse>(created ? StatusCodes.Status201Created : StatusCodes.Status200OK)
            .ProducesValidationProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireEditorKey();
        return builder;
    }

    public static async Task<IResult> CorrectEvent(Guid id, HttpRequest request, CorrectionStore store, TimelineDbContext db, CancellationToken cancellationToken)
    {
        var (version, precondition) = EditingBody.IfMatch(request, required: true);
        if (precondition is not null)
        {
            return precondition;
        }

        var (body, problem) = await EditingBody.ReadAsync(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var input = CorrectionReader.Read(body, NoExtraMembers);
        if (input.Errors.Count > 0)
        {
            return Invalid(input.Errors);
        }

        if (!input.Values.Fields().Any())
        {
            return Problems.Invalid(StatusCodes.Status422UnprocessableEntity, "body",
                $"Give at least one field to correct: {string.Join(", ", EventFields.All)}.");
        }

        var outcome = await store.CorrectAsync(id, version, input.Values, Note(request, input.Reason), cancellationToken);
        return await EditingResults.AnswerAsync(outcome, db, cancellationToken);
    }

    public static async Task<IResult> AddEvent(HttpRequest request, CorrectionStore store, TimelineDbContext db, CancellationToken cancellationToken)
    {
        var (body, problem) = await EditingBody.ReadAsync(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var input = CorrectionReader.Read(body, ["citation"]);
        var errors = input.Errors.ToDictionary();
        var citation = AddedEvent.Citation(body, errors);
        AddedEvent.RequireFields(input.Values, errors);
        if (errors.Count > 0 || citation is null)
        {
            return Invalid(errors);
        }

        var outcome = await store.AddAsync(input.Values, citation, Note(request, input.Reason), cancellationToken);
        return await EditingResults.AnswerAsync(outcome, db, cancellationToken, created: true);
    }

    public static Task<IResult> HideEvent(Guid id, HttpRequest request, CorrectionStore store, TimelineDbContext db, CancellationToken cancellationToken) =>
        ChangeStateAsync(id, EventStateChange.Hide, request, store, db, cancellationToken);

    public static Task<IResult> RestoreEvent(Guid id, HttpRequest request, CorrectionStore store, TimelineDbContext db, CancellationToken cancellationToken) =>
        ChangeStateAsync(id, EventStateChange.Restore, request, store, db, cancellationToken);

    public static Task<IResult> VerifyEvent(Guid id, HttpRequest request, CorrectionStore store, TimelineDbContext db, CancellationToken cancellationToken) =>
        ChangeStateAsync(id, EventStateChange.Verify, request, store, db, cancellationToken);

    public static async Task<IResult> MergeEvents(Guid id, HttpRequest request, RegroupStore store, TimelineDbContext db, CancellationToken cancellationToken)
    {
        var (version, body, problem) = await ReadAsync(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var errors = new Dictionary<string, string[]>();
        var reason = Reason(body, errors, required: true);
        Guid other = default;
        if (!body.TryGetProperty("other", out var given) || !given.TryGetGuid(out other))
        {
            errors["other"] = ["The id of the event to merge into this one."];
        }

        Unknown(body, errors, "other", "reason");
        if (errors.Count > 0)
        {
            return Invalid(errors);
        }

        var outcome = await store.MergeAsync(id, other, version, Note(request, reason), cancellationToken);
        return await EditingResults.AnswerAsync(outcome, db, cancellationToken);
    }

    public static async Task<IResult> SplitEvent(Guid id, HttpRequest request, RegroupStore store, TimelineDbContext db, CancellationToken cancellationToken)
    {
        var (version, body, problem) = await ReadAsync(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var errors = new Dictionary<string, string[]>();
        var reason = Reason(body, errors, required: true);
        var articles = new List<Guid>();
        if (!body.TryGetProperty("articleIds", out var given) || given.ValueKind != JsonValueKind.Array || given.GetArrayLength() is 0 or > 1000
            || given.EnumerateArray().Any(a => !a.TryGetGuid(out _)))
        {
            errors["articleIds"] = ["One or more ids of this event's source articles."];
        }
        else
        {
            articles = given.EnumerateArray().Select(a => a.GetGuid()).Distinct().ToList();
        }

        Unknown(body, errors, "articleIds", "reason");
        if (errors.Count > 0)
        {
            return Invalid(errors);
        }

        var outcome = await store.SplitAsync(id, articles, version, Note(request, reason), cancellationToken);
        return await EditingResults.AnswerAsync(outcome, db, cancellationToken, created: outcome.Status == EditStatus.Done);
    }

    public static async Task<IResult> GetHistory(Guid id, HistoryStore store, CancellationToken cancellationToken)
    {
        var entries = await store.OfEventAsync(id, cancellationToken);
        if (entries.Count == 0)
        {
            return Problems.Status(StatusCodes.Status404NotFound, "Event not found", $"No event has id {id}, and none had.");
        }

        return TypedResults.Ok(new HistoryResponse(id, entries.Select(e => new HistoryItem(
            e.Id, e.EventId, e.At, e.Editor, e.Action,
            e.Changes.EnumerateArray().Select(c => new HistoryChange(
                c.GetProperty("field").GetString()!, Value(c, "before"), Value(c, "after"))).ToList(),
            e.Reason)).ToList()));
    }

    private static async Task<IResult> ChangeStateAsync(
        Guid id, EventStateChange change, HttpRequest request, CorrectionStore store, TimelineDbContext db, CancellationToken cancellationToken)
    {
        var (version, body, problem) = await ReadAsync(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var errors = new Dictionary<string, string[]>();
        var reason = Reason(body, errors, required: change != EventStateChange.Verify);
        Unknown(body, errors, "reason");
        if (errors.Count > 0)
        {
            return Invalid(errors);
        }

        var outcome = await store.ChangeStateAsync(id, version, change, Note(request, reason), cancellationToken);
        return await EditingResults.AnswerAsync(outcome, db, cancellationToken);
    }

    /// <summary>If-Match (optional here) and the JSON object body.</summary>
    private static async Task<(int? Version, JsonElement Body, IResult? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (version, precondition) = EditingBody.IfMatch(request, required: false);
        if (precondition is not null)
        {
            return (null, default, precondition);
        }

        var (body, problem) = await EditingBody.ReadAsync(request, cancellationToken);
        if (problem is null && body.ValueKind != JsonValueKind.Object)
        {
            problem = Problems.Invalid(StatusCodes.Status422UnprocessableEntity, "body", "The body must be a JSON object.");
        }

        return (version, body, problem);
    }

    private static string? Reason(JsonElement body, Dictionary<string, string[]> errors, bool required)
    {
        var reason = body.TryGetProperty("reason", out var given) && given.ValueKind == JsonValueKind.String ? given.GetString()?.Trim() : null;
        if ((required && string.IsNullOrEmpty(reason)) || reason?.Length > CorrectionReader.MaxReason
            || (body.TryGetProperty("reason", out var any) && any.ValueKind is not (JsonValueKind.String or JsonValueKind.Null)))
        {
            errors["reason"] = [$"Say why (1–{CorrectionReader.MaxReason} characters): it goes into the event's history."];
        }

        return string.IsNullOrEmpty(reason) ? null : reason;
    }

    private static void Unknown(JsonElement body, Dictionary<string, string[]> errors, params string[] known)
    {
        foreach (var member in body.EnumerateObject().Where(m => !known.Contains(m.Name)))
        {
            errors[member.Name] = [$"Unknown member; give {string.Join(", ", known)}."];
        }
    }

    private static JsonElement? Value(JsonElement change, string name) =>
        change.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private static EditorNote Note(HttpRequest request, string? reason) => new(EditorKeyFilter.EditorName(request.HttpContext), reason);

    private static IResult Invalid(IReadOnlyDictionary<string, string[]> errors) =>
        Problems.Invalid(StatusCodes.Status422UnprocessableEntity, errors.ToDictionary());
}
