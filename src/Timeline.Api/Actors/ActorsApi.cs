using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Timeline.Data;
using Timeline.Data.Entities;

namespace Timeline.Api.Actors;

public static class ActorsApi
{
    public static RouteGroupBuilder MapActors(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/actors").WithTags("Actors");

        group.MapGet("/", ListActors)
            .WithName("ListActors")
            .WithSummary("List actors with event counts")
            .WithDescription("People, countries and organizations known to the service, most active first (then by name). Filter by kind or by part of a name.")
            .ProducesValidationProblem();

        group.MapGet("/{id}", GetActor)
            .WithName("GetActor")
            .WithSummary("Get one actor")
            .WithDescription("An actor by id (slug such as wang-yi), with aliases and event count.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return group;
    }

    public static async Task<Results<Ok<List<ActorResponse>>, ValidationProblem>> ListActors(
        [Description("person, country or organization.")] string? kind,
        [Description("Part of the name, case-insensitive.")] string? q,
        [Description("Leave out actors without events (true/false, default false).")] bool? active,
        TimelineDbContext db,
        CancellationToken cancellationToken)
    {
        var actors = db.Actors.AsNoTracking();
        if (kind is not null)
        {
            var wanted = kind.Trim().ToLowerInvariant();
            if (wanted is not ("person" or "country" or "organization"))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["kind"] = ["Must be person, country or organization."] });
            }

            actors = actors.Where(a => a.Kind == wanted);
        }

        if (!string.IsNullOrWhiteSpace(q))
        {
            var pattern = $"%{q.Trim().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_")}%";
            actors = actors.Where(a => EF.Functions.ILike(a.Name, pattern));
        }

        if (active == true)
        {
            actors = actors.Where(a => a.Participations.Any());
        }

        var list = await Project(actors.OrderByDescending(a => a.Participations.Count).ThenBy(a => a.Name).ThenBy(a => a.Id))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(list);
    }

    public static async Task<Results<Ok<ActorResponse>, ProblemHttpResult>> GetActor(
        string id, TimelineDbContext db, CancellationToken cancellationToken) =>
        await Project(db.Actors.AsNoTracking().Where(a => a.Id == id)).FirstOrDefaultAsync(cancellationToken) is { } actor
            ? TypedResults.Ok(actor)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Actor not found", detail: $"No actor has id '{id}'.");

    private static IQueryable<ActorResponse> Project(IQueryable<Actor> actors) =>
        actors.Select(a => new ActorResponse(a.Id, a.Name, a.Kind, a.Country, a.Aliases, a.Participations.Count));
}
