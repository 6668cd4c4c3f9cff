using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace Timeline.Data.Store;

/// <summary>Statements of one round trip; rows travel as JSON and are unpacked with jsonb_to_recordset.</summary>
public static class SqlBatch
{
    public static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static void Add(this NpgsqlBatch batch, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.Add(value switch
            {
                Jsonb json => new NpgsqlParameter(name, NpgsqlDbType.Jsonb) { Value = json.Text },
                null => new NpgsqlParameter(name, DBNull.Value),
                _ => new NpgsqlParameter(name, value),
            });
        }

        batch.BatchCommands.Add(command);
    }

    public static Jsonb Rows<T>(IEnumerable<T> rows) => new(JsonSerializer.Serialize(rows.ToList(), Json));

    /// <summary>A jsonb parameter value.</summary>
    public sealed record Jsonb(string Text);
}
