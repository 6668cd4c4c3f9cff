namespace Timeline.Api.Infrastructure;

/// <summary>RFC 9457 problem responses for expected bad input.</summary>
public static class Problems
{
    public static IResult Status(int status, string title, string detail) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail);

    public static IResult Invalid(int status, string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, statusCode: status);

    public static IResult Invalid(int status, IDictionary<string, string[]> errors) =>
        Results.ValidationProblem(errors, statusCode: status);
}
