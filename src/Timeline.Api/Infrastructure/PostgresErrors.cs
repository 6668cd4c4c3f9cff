using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Timeline.Api.Infrastructure;

public static class PostgresErrors
{
    public static bool IsUniqueViolation(this Exception exception) => exception switch
    {
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } => true,
        DbUpdateException { InnerException: { } inner } => inner.IsUniqueViolation(),
        _ => false,
    };
}
