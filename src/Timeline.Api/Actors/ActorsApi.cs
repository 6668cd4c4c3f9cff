using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Timeline.Api.Infrastructure.Queries;
using Timeline.Data;
using Timeline.Data.Entities;

namespace Timeline.Api.Actors;

public static class ActorsApi
{
    public static RouteGroupBuilder MapActors(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/actors").WithTags("Actors").WithQueryValidation();

        group.MapGet("/", ListActors)
            .WithName("ListActors")
            .WithSummary("List actors with event counts")
            .WithDescription("People, countries and organizations known to the service, most active first (then by name). Filter by kind or by part of a name.");

        group.MapGet("/{id}", GetActor)
            .WithName("GetActor")
            .WithSummary("Get one actor")
            .WithDescription("An actor by id (slug such as wang-yi), with aliases and event count.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return group;
    }

    public static async Task<Ok<List<ActorResponse>>> ListActors(ActorListQuery query, TimelineDbContext db, CancellationToken cancellationToken)
    {
        var actors = db.Actors.AsNoTracking();
        if (query.Kind is { } kind)
        {
            actors = actors.Where(a => a.Kind == kind);
        }

        if (query.Q is { } q)
        {
            var pattern = $"%{q.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_")}%";
            actors = actors.Where(a => EF.Functions.ILike(a.Name, pattern));
        }

        if (query.Active)
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
